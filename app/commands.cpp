// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"

namespace siyu::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> all{
        {"report", "write the weekly KPI report of an ISO week as PDF", runReport, true},
        {"demo", "fill an empty workspace with a realistic demo brand", runDemo, false},
        {"kpi", "print every KPI of a week or period (--json for scripts)", runKpi, false},
        {"segment", "evaluate a segment rule: member ids, --count or --export CSV", runSegment,
         false},
        {"import", "import files with a preset (siyu-members, wecom-customers, ...)", runImport,
         false},
        {"presets", "list the import presets and the columns each expects", runPresets, false},
        {"undo-import", "take back one import batch", runUndoImport, false},
        {"erase", "erase members and every copy of their personal data", runErase, false},
        {"calendar", "list the content items of a range of days, or write them as iCalendar",
         runCalendar, false},
    };
    return all;
}

} // namespace siyu::cli
