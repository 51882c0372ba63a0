// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace siyu::collation {

// The collation that sorts names as people of the UI language expect: in Chinese by pinyin
// (QCollator with the zh locale: 阿, 李, 王, 张, 赵), elsewhere as SQLite's NOCASE does.
inline constexpr const char *pinyin = "siyu_pinyin";

// Registers the collations on a connection; every workspace connection has them.
bool registerOn(sqlite3 *handle);

// The COLLATE clause for names in the current UI language (QLocale()): pinyin in Chinese,
// NOCASE otherwise, where the name indexes serve.
QString forNames();

} // namespace siyu::collation
