// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/preference.h"

#include <QStringList>

namespace siyu::prefs {

// "zh_CN", "en", or empty to follow the system.
inline const Preference<QString> language{"ui/language", QString()};
inline const Preference<QStringList> recentWorkspaces{"workspace/recent", QStringList()};
inline const Preference<QString> lastWorkspace{"workspace/last", QString()};
inline const Preference<QByteArray> windowGeometry{"window/geometry", QByteArray()};
inline const Preference<QByteArray> windowState{"window/state", QByteArray()};

} // namespace siyu::prefs
