// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include <vector>

namespace siyu::cli {

// One `siyu COMMAND`. `run` receives the arguments after the command's name.
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
    bool needsGui; // charts or printing: runs under a GUI application on the offscreen platform
};

const std::vector<Command> &commands();

// One function per command, each in app/commands/<name>command.cpp.
int runReport(const QStringList &arguments);
int runKpi(const QStringList &arguments);
int runDemo(const QStringList &arguments);
int runSegment(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runPresets(const QStringList &arguments);
int runUndoImport(const QStringList &arguments);
int runErase(const QStringList &arguments);
int runCalendar(const QStringList &arguments);

} // namespace siyu::cli
