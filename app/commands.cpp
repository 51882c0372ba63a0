// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands.h"

namespace siyu::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> all{};
    return all;
}

} // namespace siyu::cli
