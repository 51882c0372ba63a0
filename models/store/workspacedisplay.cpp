// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/workspacedisplay.h"

#include "models/store/settings.h"
#include "models/store/workspace.h"

namespace siyu {

units::Display workspaceDisplay(const Workspace &ws, const QLocale &locale)
{
    units::Display display;
    const QString currency = settings::currency.get(ws).trimmed().toUpper();
    display.currency = currency.isEmpty() ? settings::currency.defaultValue() : currency;
    display.zone = ws.timeZone();
    display.locale = locale;
    return display;
}

} // namespace siyu
