// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/churnwarninglist.h"

#include "models/common/sidefile.h"
#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/segments/segmentexport.h"
#include "models/store/auditlog.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace siyu::churnwarninglist {

namespace {

constexpr qint64 secondsPerDay = 86400;

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::churnwarninglist", text);
}

// Numbers in the CSV: a dot, no grouping, whatever the language.
QString plain(double value)
{
    return QString::number(value, 'f', 2);
}

QString rowOf(const ChurnWarning &w, const List &list, const QTimeZone &zone)
{
    using segmentexport::csvField;
    using segmentexport::neutralised;
    const QStringList fields{csvField(neutralised(w.memberId)),
                             csvField(neutralised(w.name)),
                             QString::number(w.recentActivity),
                             QString::number(w.baselineActivity),
                             plain(w.baselineDays),
                             plain(w.level),
                             plain(fall(w)),
                             w.lastActiveAt ? timeutil::formatLocal(*w.lastActiveAt, zone)
                                            : QString(),
                             csvField(neutralised(reason(w, list.parameters, list.asOf, zone)))};
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Status audit(Workspace &ws, const List &list, qint64 rows)
{
    const ChurnWarningParameters &p = list.parameters;
    const QJsonObject detail{{QStringLiteral("rows"), rows},
                             {QStringLiteral("format"), QStringLiteral("csv")},
                             {QStringLiteral("recent_days"), p.recentDays},
                             {QStringLiteral("baseline_days"), p.baselineDays},
                             {QStringLiteral("drop_ratio"), p.dropRatio},
                             {QStringLiteral("min_level"), p.minLevel}};
    return auditlog::record(
        ws, auditlog::exportData, QStringLiteral("churn_warning"), 0,
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

} // namespace

double fall(const ChurnWarning &warning)
{
    return warning.level - double(warning.recentActivity);
}

std::optional<double> relativeFall(const ChurnWarning &warning)
{
    if (warning.level <= 0)
        return std::nullopt;
    return fall(warning) / warning.level;
}

QString reason(const ChurnWarning &w, const ChurnWarningParameters &p, qint64 asOf,
               const QTimeZone &zone)
{
    const int level = int(std::lround(w.level));
    const QDate until = timeutil::localDate(asOf - qint64(p.recentDays) * secondsPerDay, zone);
    const QString day = units::date(until, units::Display::in(zone));
    // Two sources where English needs a singular: the window ships no English catalogue. Spelled
    // out in full so that lupdate sees the count and marks the messages plural.
    QString before;
    if (p.recentDays == 30)
        before = level == 1 ? QCoreApplication::translate("siyu::churnwarninglist",
                                                          "about %n activity a month until %1",
                                                          nullptr, level)
                                  .arg(day)
                            : QCoreApplication::translate("siyu::churnwarninglist",
                                                          "about %n activities a month until %1",
                                                          nullptr, level)
                                  .arg(day);
    else
        before =
            (level == 1 ? QCoreApplication::translate("siyu::churnwarninglist",
                                                      "about %n activity every %1 days until %2",
                                                      nullptr, level)
                        : QCoreApplication::translate("siyu::churnwarninglist",
                                                      "about %n activities every %1 days until %2",
                                                      nullptr, level))
                .arg(p.recentDays)
                .arg(day);
    const QString now =
        QCoreApplication::translate("siyu::churnwarninglist", "%n in the last %1 days", nullptr,
                                    int(w.recentActivity))
            .arg(p.recentDays);
    //: The earlier level, then the recent activity: "about 12 activities a month until 17 Oct
    //: 2026, 1 in the last 30 days"
    QString text = tr("%1, %2").arg(before, now);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

const QStringList &columns()
{
    static const QStringList names{QStringLiteral("member_id"),
                                   QStringLiteral("name"),
                                   QStringLiteral("recent_activity"),
                                   QStringLiteral("baseline_activity"),
                                   QStringLiteral("baseline_days"),
                                   QStringLiteral("level"),
                                   QStringLiteral("fall"),
                                   QStringLiteral("last_active_at"),
                                   QStringLiteral("reason")};
    return names;
}

Result<qint64> writeCsv(Workspace &ws, const List &list, const QString &path)
{
    SideFile file(path, SideFile::Access::OwnerOnly);
    if (const Status status = file.open(); !status)
        return status.error();
    const QTimeZone zone = ws.timeZone();
    Status status = file.write(QByteArrayView("\xEF\xBB\xBF"));
    if (status)
        status = file.write((columns().join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    qint64 rows = 0;
    for (const ChurnWarning &w : list.warnings) {
        if (!status)
            break;
        status = file.write(rowOf(w, list, zone).toUtf8());
        ++rows;
    }
    if (status)
        status = file.finish();
    if (status)
        status = audit(ws, list, rows);
    if (!status) {
        file.discard();
        return status.error();
    }
    return rows;
}

} // namespace siyu::churnwarninglist
