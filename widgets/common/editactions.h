// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace siyu::ui {

// Edit › Copy for the widget that has the focus: a text field's selection, or the selected
// rows (or cells) of a list or table as tab-separated text with its column titles — the text
// as it is shown, so masked phones and emails stay masked. False when nothing was copied.
bool copyFrom(QWidget *widget);

// Edit › Select All for the widget that has the focus. False when it has nothing to select.
bool selectAllIn(QWidget *widget);

} // namespace siyu::ui
