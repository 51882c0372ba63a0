// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/segmentexport.h"

#include "models/common/masking.h"
#include "models/common/sidefile.h"
#include "models/store/auditlog.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace siyu::segmentexport {

namespace {

// Tags in name order, joined with ';' in SQL so that one statement reads everything.
const QString selectRows = QStringLiteral(
    "SELECT m.member_id, m.name, m.remark, m.gender, m.city, m.phone, m.email, m.source,"
    " (SELECT s.name FROM staff s WHERE s.id = m.staff_ref), m.joined_at, m.stage,"
    " (SELECT group_concat(name, ';') FROM (SELECT t.name FROM member_tags mt"
    "  JOIN tags t ON t.id = mt.tag_ref WHERE mt.member_ref = m.id ORDER BY t.name))"
    " FROM members m WHERE m.deleted_at IS NULL AND ");

QString rowOf(const QSqlQuery &query, const QTimeZone &zone, bool unmasked)
{
    QStringList fields;
    for (int column = 0; column < 12; ++column) {
        const QString value = query.value(column).toString();
        switch (column) {
        case 5:
            fields << csvField(neutralised(unmasked ? value : masking::phone(value)));
            break;
        case 6:
            fields << csvField(neutralised(unmasked ? value : masking::email(value)));
            break;
        case 9:
            fields << QDateTime::fromSecsSinceEpoch(query.value(column).toLongLong(), zone)
                          .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            break;
        default:
            fields << csvField(neutralised(value));
        }
    }
    return fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Error fileError(const QString &path, const QString &reason)
{
    Error error = makeError(reason);
    error.file = path;
    return error;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status audit(Workspace &ws, qint64 segmentRef, qint64 rows, bool unmasked)
{
    if (unmasked) {
        if (Status status =
                auditlog::record(ws, auditlog::unmask, QStringLiteral("segment"), segmentRef,
                                 compact(QJsonObject{{QStringLiteral("rows"), rows}}));
            !status)
            return status;
    }
    const QJsonObject detail{
        {QStringLiteral("rows"), rows},
        {QStringLiteral("format"), QStringLiteral("csv")},
        {QStringLiteral("masked"),
         unmasked ? QJsonArray{} : QJsonArray{QStringLiteral("phone"), QStringLiteral("email")}}};
    return auditlog::record(
        ws, auditlog::exportData, QStringLiteral("segment"), segmentRef,
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

} // namespace

const QStringList &columns()
{
    static const QStringList names{
        QStringLiteral("member_id"), QStringLiteral("name"),   QStringLiteral("remark"),
        QStringLiteral("gender"),    QStringLiteral("city"),   QStringLiteral("phone"),
        QStringLiteral("email"),     QStringLiteral("source"), QStringLiteral("staff"),
        QStringLiteral("joined_at"), QStringLiteral("stage"),  QStringLiteral("tags")};
    return names;
}

QString neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool formula = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                         first == QLatin1Char('-') || first == QLatin1Char('@') ||
                         first == QLatin1Char('\t') || first == QLatin1Char('\r');
    return formula ? QLatin1Char('\'') + text : text;
}

QString csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Result<qint64> writeCsv(Workspace &ws, const SqlFragment &condition, const QString &path,
                        qint64 segmentRef, bool unmasked)
{
    SideFile file(path);
    if (const Status status = file.open(); !status)
        return status.error();
    auto query = sql::run(ws.db(), selectRows + condition.sql + QStringLiteral(" ORDER BY m.id"),
                          condition.binds);
    if (!query)
        return query.error();
    const QTimeZone zone = ws.timeZone();
    qint64 rows = 0;
    Status status =
        file.write((columns().join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8());
    while (status && query->next()) {
        status = file.write(rowOf(*query, zone, unmasked).toUtf8());
        ++rows;
    }
    if (status && query->lastError().isValid())
        status = fileError(path, query->lastError().text());
    if (status)
        status = file.finish();
    if (status)
        status = audit(ws, segmentRef, rows, unmasked);
    if (!status) {
        file.discard();
        return status.error();
    }
    return rows;
}

} // namespace siyu::segmentexport
