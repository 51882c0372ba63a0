// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace siyu {

// "1 member" / "12,345 members". Qt's %n plurals give English its singular only through a
// translation file; here both forms are plain strings (the same text in Chinese).
inline QString counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

} // namespace siyu
