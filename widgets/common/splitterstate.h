// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QSplitter;

namespace siyu {

// The splitter comes back where the user left it: its state is read from the preferences under
// "splitters/<key>" now and written there whenever the user moves it.
void rememberSplitter(QSplitter *splitter, const QString &key);

} // namespace siyu
