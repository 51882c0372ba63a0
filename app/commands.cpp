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
    };
    return all;
}

} // namespace siyu::cli
