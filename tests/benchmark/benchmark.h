// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>

namespace siyu {
class Workspace;
}

namespace siyu::bench {

struct Options
{
    int members = 1000000;
    QString workspacePath; // the demo workspace the sections share
    bool reuse = false;    // keep an existing demo workspace instead of building a new one
    QString only;          // run only this section (after the demo section, which builds)
};

// What the sections share: the options, the workspace (opened by the demo section) and the one
// output format, a line `name: value unit` per figure.
class Context
{
public:
    explicit Context(Options options);
    ~Context();

    const Options &options() const { return m_options; }
    Workspace *workspace() const { return m_workspace.get(); }
    void setWorkspace(std::unique_ptr<Workspace> workspace);

    static void figure(const QString &name, double value, const QString &unit, int decimals = 1);
    static void figure(const QString &name, qint64 value, const QString &unit);
    static void figure(const QString &name, const QString &text);
    // Seconds since `startMs` of a QElapsedTimer::elapsed(), as a figure.
    static void seconds(const QString &name, qint64 elapsedMs);

private:
    Options m_options;
    std::unique_ptr<Workspace> m_workspace;
};

// One section: returns 0 when it ran, anything else when it failed (after printing why).
using SectionFunction = int (*)(Context &context);

// The sections, one per file (bench_<name>.cpp), listed in main.cpp.
int benchDemo(Context &context);
int benchMembers(Context &context);
int benchKpi(Context &context);
int benchImport(Context &context);
int benchReport(Context &context);
int benchSegments(Context &context);
int benchStages(Context &context);
int benchCalendar(Context &context);

} // namespace siyu::bench
