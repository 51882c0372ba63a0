// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QString>

namespace siyu {

class Workspace;

// The audit log records who-did-what on personal data (unmask, export, erase) without the
// personal data itself: actions name row ids and counts, never names, phones or emails.
namespace auditlog {

inline const QString unmask = QStringLiteral("unmask");
inline const QString exportData = QStringLiteral("export");
inline const QString erase = QStringLiteral("erase");
inline const QString remove = QStringLiteral("delete");

Status record(Workspace &ws, const QString &action, const QString &objectKind, qint64 objectRef,
              const QString &detail = {});

} // namespace auditlog
} // namespace siyu
