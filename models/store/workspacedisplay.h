// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/units.h"

#include <QLocale>

namespace siyu {

class Workspace;

// How the workspace's figures are shown: in its currency (settings::currency) and time zone
// (settings::timeZone, the system's when empty), in the language of `locale`.
units::Display workspaceDisplay(const Workspace &ws, const QLocale &locale = QLocale());

} // namespace siyu
