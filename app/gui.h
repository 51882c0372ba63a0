// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace siyu::cli {

struct Command;

// `siyu` with no command: the window, optionally on --workspace FILE.
int runWindow(int argc, char *argv[]);
// A command that draws (charts, PDF) under a GUI application without a display.
int runHeadlessGui(int argc, char *argv[], const Command &command);

} // namespace siyu::cli
