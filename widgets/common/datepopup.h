// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QDateEdit;

namespace siyu::ui {

// Every date picker of the window: the window's one date format (units::dateFormat), weeks
// start on Monday (ISO 8601, as the KPIs count them),
// and a picker whose date is its "any" / "none" special value opens on today's month, not on
// the year 2000 of its minimum.
void prepareDatePopup(QDateEdit *edit);
// Makes the editor wide enough for every date in its display format, in either language.
void fitDateText(QDateEdit *edit);

} // namespace siyu::ui
