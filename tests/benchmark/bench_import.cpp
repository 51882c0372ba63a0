// SPDX-License-Identifier: GPL-3.0-or-later
// Section "import": `siyu import` of a members file (--members rows, 1,000,000 by default) and of
// an events file five times as long (the members must exist for the events), against the
// sqlite3 CLI's `.import` of the same files into a plain table, in the same run. Goal: a ratio
// (siyu rows/s ÷ sqlite3 rows/s) of 1.0 or better, while validating, matching, keeping the
// undo log and refreshing the lifecycle data.
#include "benchmark.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace siyu::bench {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "import: " << message << Qt::endl;
    return 1;
}

// 2026-05-01 00:00 UTC: the generated data's first day.
constexpr qint64 firstDay = 1777593600;

// "2026-11-16 09:05:00" of epoch seconds in UTC, without QDateTime's cost per call.
QByteArray isoTime(qint64 t)
{
    const qint64 days = t / 86400, seconds = t % 86400;
    // Howard Hinnant's civil_from_days.
    const qint64 z = days + 719468, era = z / 146097, doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char text[64];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld %02lld:%02lld:%02lld", year, month, day,
                  seconds / 3600, seconds / 60 % 60, seconds % 60);
    return QByteArray(text, 19);
}

bool writeMembers(const QString &path, int members)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char *const cities[] = {"上海", "北京", "广州", "深圳", "杭州", "成都"};
    static const char *const sources[] = {"wecom", "shop", "live", "referral"};
    static const char *const genders[] = {"M", "F", "U"};
    QRandomGenerator random(47);
    QByteArray chunk;
    chunk += "member_id,name,gender,city,phone,source,joined_at,tags\n";
    for (int i = 0; i < members; ++i) {
        const qint64 joined = firstDay + qint64(i) * 15552000 / members;
        chunk += "M" + QByteArray::number(1000000 + i) + ",会员" + QByteArray::number(i) + ',' +
                 genders[random.bounded(3)] + ',' + cities[random.bounded(6)] + ",1" +
                 QByteArray::number(3800000000LL + i) + ',' + sources[random.bounded(4)] + ',' +
                 isoTime(joined) + ",tag" + QByteArray::number(random.bounded(12)) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

bool writeEvents(const QString &path, int members, qint64 events)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    static const char *const types[] = {"message", "read", "like", "comment", "share", "click"};
    QRandomGenerator random(48);
    QByteArray chunk("member_id,type,occurred_at,value\n");
    // In time order, as platforms export them.
    for (qint64 i = 0; i < events; ++i) {
        const qint64 at = firstDay + 15552000 + i * 86400 * 180 / events;
        chunk += "M" + QByteArray::number(1000000 + random.bounded(members)) + ',' +
                 types[random.bounded(6)] + ',' + isoTime(at) + ",\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

// Wall-clock milliseconds of a process, or -1 when it failed. `phases`: the steps of a
// `siyu import` (SIYU_IMPORT_PHASES), "phase NAME MS" lines on its standard error.
qint64 timeProcess(const QString &program, const QStringList &arguments, QString *output,
                   QList<std::pair<QString, qint64>> *phases = nullptr)
{
    QProcess process;
    if (phases) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SIYU_IMPORT_PHASES"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
    }
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *output = QString::fromUtf8(process.readAllStandardError());
        return -1;
    }
    const qint64 elapsed = timer.elapsed();
    *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const QList<QByteArray> lines = process.readAllStandardError().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.trimmed().split(' ');
        if (phases && words.size() == 3 && words[0] == "phase")
            phases->append({QString::fromLatin1(words[1]), words[2].toLongLong()});
    }
    return elapsed;
}

int compare(const QString &name, const QString &siyu, const QString &workspace,
            const QString &preset, const QString &csv, qint64 rows, const QString &plainDb)
{
    QString output;
    QList<std::pair<QString, qint64>> phases;
    const qint64 siyuMs = timeProcess(siyu,
                                      {QStringLiteral("import"), QStringLiteral("--workspace"),
                                       workspace, QStringLiteral("--preset"), preset, csv},
                                      &output, &phases);
    if (siyuMs < 0)
        return fail(QStringLiteral("siyu import of %1 failed: %2").arg(csv, output));
    Context::figure(name + QStringLiteral("_summary"), output);
    // Where siyu's time goes: reading, checking and writing the rows is the part the plain
    // table's import also does; index and full-text rebuilds, the lifecycle refresh and the
    // undo log are what the product needs on top.
    qint64 inPhases = 0, rowsMs = 0;
    for (const auto &[phase, ms] : std::as_const(phases)) {
        inPhases += ms;
        if (phase == QLatin1String("read_check_write_rows"))
            rowsMs = ms;
        if (ms > 0)
            Context::seconds(name + QStringLiteral("_siyu_") + phase, ms);
    }
    Context::seconds(name + QStringLiteral("_siyu_open_and_close"), siyuMs - inPhases);
    const qint64 sqliteMs = timeProcess(
        QStringLiteral("sqlite3"),
        {plainDb, QStringLiteral(".mode csv"), QStringLiteral(".import '%1' %2").arg(csv, name)},
        &output);
    if (sqliteMs < 0)
        return fail(QStringLiteral("sqlite3 .import of %1 failed: %2").arg(csv, output));
    const double siyuRate = double(rows) * 1000.0 / double(qMax<qint64>(siyuMs, 1));
    const double sqliteRate = double(rows) * 1000.0 / double(qMax<qint64>(sqliteMs, 1));
    Context::seconds(name + QStringLiteral("_siyu_time"), siyuMs);
    Context::figure(name + QStringLiteral("_siyu"), siyuRate, QStringLiteral("rows/s"), 0);
    Context::seconds(name + QStringLiteral("_sqlite3_time"), sqliteMs);
    Context::figure(name + QStringLiteral("_sqlite3"), sqliteRate, QStringLiteral("rows/s"), 0);
    Context::figure(name + QStringLiteral("_ratio"), siyuRate / sqliteRate,
                    QStringLiteral("(siyu ÷ sqlite3)"), 2);
    // The same ratio for the rows alone (read, checked, matched and written, indexes aside):
    // how close siyu comes on the work both do; the rest is the indexes, full-text index,
    // lifecycle data and durable commit the product keeps and a plain table does not.
    if (rowsMs > 0)
        Context::figure(name + QStringLiteral("_rows_only_ratio"),
                        double(sqliteMs) / double(rowsMs), QStringLiteral("(siyu ÷ sqlite3)"), 2);
    return 0;
}

} // namespace

int benchImport(Context &context)
{
    const QString siyu = QCoreApplication::applicationDirPath() + QStringLiteral("/siyu");
    if (!QFile::exists(siyu))
        return fail(QStringLiteral("%1 is missing; build the siyu target").arg(siyu));
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    const int members = context.options().members;
    const qint64 events = qint64(members) * 5;
    const QString membersCsv = dir.filePath(QStringLiteral("members.csv"));
    const QString eventsCsv = dir.filePath(QStringLiteral("events.csv"));
    QElapsedTimer timer;
    timer.start();
    if (!writeMembers(membersCsv, members) || !writeEvents(eventsCsv, members, events))
        return fail(QStringLiteral("cannot write the CSV files in %1").arg(dir.path()));
    Context::seconds(QStringLiteral("import_generate_files"), timer.elapsed());
    Context::figure(QStringLiteral("import_files"),
                    QStringLiteral("%1 members (%2 MB), %3 events (%4 MB)")
                        .arg(members)
                        .arg(QFileInfo(membersCsv).size() >> 20)
                        .arg(events)
                        .arg(QFileInfo(eventsCsv).size() >> 20));
    const QString workspace = dir.filePath(QStringLiteral("import.siyu"));
    const QString plain = dir.filePath(QStringLiteral("plain.db"));
    if (compare(QStringLiteral("import_members"), siyu, workspace, QStringLiteral("siyu-members"),
                membersCsv, members, plain) != 0)
        return 1;
    return compare(QStringLiteral("import_events"), siyu, workspace, QStringLiteral("siyu-events"),
                   eventsCsv, events, plain);
}

} // namespace siyu::bench
