// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace siyu::language {

// The language to use: the preference when set, else the system's ("zh_CN" or "en").
QString effective();
// Installs Siyu's and Qt's own translations for `code` ("zh_CN", "en"), replacing earlier ones,
// and makes it the language of QLocale's default and of units::Display::current().
// Siyu's come from the application's resources, else from `qmDirectory` (for developer tools
// that are not built with the resources).
void install(const QString &code, const QString &qmDirectory = QString());

} // namespace siyu::language
