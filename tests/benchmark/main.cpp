// SPDX-License-Identifier: GPL-3.0-or-later
// siyu_benchmark [--members 1000000] [--workspace PATH] [--reuse] [--only SECTION]
//
// Builds (or reuses) a demo workspace and measures the paths that must stay fast at a million
// members. Prints one line per figure, `name: value unit`.
#include "benchmark.h"

#include "models/store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace siyu::bench {

namespace {

struct Section
{
    const char *name;
    SectionFunction run;
};

// The demo section comes first: it builds or opens the workspace the others measure.
// One section a line (clang-format would pack five or more into columns).
// clang-format off
const Section sections[] = {
    {"demo", benchDemo},
    {"members", benchMembers},
    {"kpi", benchKpi},
    {"import", benchImport},
    {"report", benchReport},
    {"segments", benchSegments},
    {"stages", benchStages},
    {"calendar", benchCalendar},
};
// clang-format on

// Peak resident memory of this process, from /proc (Linux only).
void printPeakMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly | QIODevice::Text)) {
        // /proc files report no size: read them whole rather than testing atEnd().
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("VmHWM:")) {
                const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong();
                Context::figure(QStringLiteral("peak_memory"), double(kib) / 1024.0,
                                QStringLiteral("MiB"));
                return;
            }
        }
    }
    Context::figure(QStringLiteral("peak_memory"), QStringLiteral("not measured"));
}

int usage(const QString &message)
{
    QTextStream(stderr) << "siyu_benchmark: " << message << Qt::endl;
    return 2;
}

} // namespace

Context::Context(Options options) : m_options(std::move(options)) {}

Context::~Context() = default;

void Context::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_workspace = std::move(workspace);
}

void Context::figure(const QString &name, double value, const QString &unit, int decimals)
{
    QTextStream(stdout) << name << ": " << QString::number(value, 'f', decimals) << ' ' << unit
                        << Qt::endl;
}

void Context::figure(const QString &name, qint64 value, const QString &unit)
{
    QTextStream(stdout) << name << ": " << value << ' ' << unit << Qt::endl;
}

void Context::figure(const QString &name, const QString &text)
{
    QTextStream(stdout) << name << ": " << text << Qt::endl;
}

void Context::seconds(const QString &name, qint64 elapsedMs)
{
    figure(name, double(elapsedMs) / 1000.0, QStringLiteral("s"), 2);
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Siyu's benchmark: figures at scale."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("members"), QStringLiteral("Demo size (default 1000000)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("workspace"),
                      QStringLiteral("The demo workspace (default: in the temporary folder)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("reuse"),
                      QStringLiteral("Use the workspace as it is when it already holds a demo.")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only this section."),
                      QStringLiteral("SECTION")});
    parser.process(app);

    Options options;
    bool ok = false;
    options.members = parser.value(QStringLiteral("members")).toInt(&ok);
    if (!ok || options.members < 10)
        return usage(QStringLiteral("--members must be a whole number of at least 10"));
    options.workspacePath = parser.value(QStringLiteral("workspace"));
    if (options.workspacePath.isEmpty())
        options.workspacePath =
            QDir::temp().filePath(QStringLiteral("siyu-benchmark-%1.siyu").arg(options.members));
    options.reuse = parser.isSet(QStringLiteral("reuse"));
    options.only = parser.value(QStringLiteral("only"));
    bool known = options.only.isEmpty();
    for (const Section &section : sections)
        known = known || options.only == QLatin1String(section.name);
    if (!known)
        return usage(QStringLiteral("no section '%1'").arg(options.only));

    Context context(options);
    int failures = 0;
    // The import section writes files and workspaces of its own: it needs no demo.
    const bool needsDemo = options.only != QLatin1String("import");
    for (const Section &section : sections) {
        const bool builder = section.run == benchDemo;
        if (builder && !needsDemo)
            continue;
        if (!builder && !options.only.isEmpty() && options.only != QLatin1String(section.name))
            continue;
        if (section.run(context) != 0) {
            ++failures;
            if (builder)
                break; // nothing to measure without the workspace
        }
    }
    printPeakMemory();
    return failures == 0 ? 0 : 1;
}

} // namespace siyu::bench

int main(int argc, char *argv[])
{
    return siyu::bench::run(argc, argv);
}
