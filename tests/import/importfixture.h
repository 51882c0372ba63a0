// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/money.h"
#include "models/common/timeutil.h"
#include "models/import/importengine.h"
#include "models/import/rejectswriter.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <memory>

namespace siyu::testing {

// 2026-11-22 12:00 UTC: the fixed "now" of the import tests.
constexpr qint64 importNow = 1795348800;

inline std::unique_ptr<Workspace> openWorkspace(const QString &path,
                                                const QString &zone = QString())
{
    auto ws = Workspace::open(path);
    if (!ws) {
        qWarning("%s", qPrintable(ws.error().toString()));
        return nullptr;
    }
    if (!zone.isEmpty()) {
        settings::timeZone.set(**ws, zone);
        (*ws)->reloadSettings();
    }
    return std::move(*ws);
}

inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    file.write(bytes);
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QByteArray encode(const QString &text, const char *encoding)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}

inline ImportOptions options(const QString &preset, const QStringList &files)
{
    ImportOptions o;
    o.preset = preset;
    o.files = files;
    o.now = importNow;
    return o;
}

inline Result<ImportReport> runImport(Workspace &ws, const ImportOptions &o)
{
    ImportEngine engine(ws);
    return engine.run(o);
}

inline qint64 count(const Workspace &ws, const QString &table, const QString &where = {})
{
    auto n = sql::scalar(
        ws.db(), QStringLiteral("SELECT count(*) FROM %1 %2")
                     .arg(table, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where));
    return n ? n->toLongLong() : -1;
}

inline QVariant value(const Workspace &ws, const QString &statement, const QVariantList &binds = {})
{
    auto v = sql::scalar(ws.db(), statement, binds);
    return v ? *v : QVariant(QStringLiteral("<error: %1>").arg(v.error().message));
}

// The rows of a table as text, in id (or key) order, without the columns named in `skip`.
inline QStringList rows(const Workspace &ws, const QString &table, const QStringList &skip = {})
{
    QStringList out;
    auto query = sql::run(ws.db(), QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
    while (query && query->next()) {
        QStringList cells;
        const QSqlRecord record = query->record();
        for (int i = 0; i < record.count(); ++i) {
            if (skip.contains(record.fieldName(i)))
                continue;
            const QVariant v = query->value(i);
            cells << (v.isNull() ? QStringLiteral("∅") : v.toString());
        }
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// Every table that holds records (not the import log, not derived lifecycle history).
inline QByteArray dataDigest(const Workspace &ws)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table :
         {"members", "identities", "staff", "tags", "member_tags", "groups", "memberships",
          "events", "orders", "content", "campaigns", "campaign_costs", "import_presets"}) {
        hash.addData(QByteArray(table));
        for (const QString &row : rows(ws, QLatin1String(table), {QStringLiteral("stage_since")}))
            hash.addData(QByteArray(row.toUtf8() + '\n'));
    }
    return hash.result().toHex();
}

inline void appendCsvLine(QByteArray &out, const QStringList &cells)
{
    QByteArray line;
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += (i ? "," : "") + RejectsWriter::quote(cells[i].toUtf8());
    out += line + '\n';
}

// The canonical CSV of one entity, written from the store (what an export writes).
inline QByteArray exportCanonical(const Workspace &ws, const QString &entity)
{
    const QTimeZone zone = ws.timeZone();
    auto time = [&](const QVariant &v) {
        return v.isNull() ? QString()
                          : QDateTime::fromSecsSinceEpoch(v.toLongLong(), zone)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    };
    auto cents = [](const QVariant &v) {
        return v.isNull() ? QString() : money::formatCents(v.toLongLong());
    };
    auto text = [](const QVariant &v) {
        return v.isNull() ? QString() : v.toString();
    };
    QByteArray out;
    struct Spec
    {
        const char *name;
        const char *sql;
        std::vector<const char *> header;
        QList<int> kinds; // 0 text, 1 time, 2 cents
    };
    const QList<Spec> specs{
        {"members",
         "SELECT m.member_id, m.name, m.remark, m.gender, m.city, m.phone, m.email, m.source, "
         "r.member_id, m.joined_at, s.name, (SELECT group_concat(name, ';') FROM (SELECT t.name "
         "FROM member_tags mt JOIN tags t ON t.id = mt.tag_ref WHERE mt.member_ref = m.id ORDER BY "
         "t.name)), m.consent, m.consent_at FROM members m LEFT JOIN members r ON r.id = "
         "m.referrer_ref LEFT JOIN staff s ON s.id = m.staff_ref ORDER BY m.id",
         {"member_id", "name", "remark", "gender", "city", "phone", "email", "source",
          "referrer_id", "joined_at", "staff", "tags", "consent", "consent_at"},
         {0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1}},
        {"groups",
         "SELECT g.group_id, g.name, g.platform, s.name, g.theme, g.created_at, g.member_cap FROM "
         "groups g LEFT JOIN staff s ON s.id = g.owner_ref ORDER BY g.id",
         {"group_id", "name", "platform", "owner_staff", "theme", "created_at", "member_cap"},
         {0, 0, 0, 0, 0, 1, 0}},
        {"memberships",
         "SELECT g.group_id, m.member_id, ms.joined_at, ms.left_at, ms.role FROM memberships ms "
         "JOIN groups g ON g.id = ms.group_ref JOIN members m ON m.id = ms.member_ref ORDER BY "
         "ms.id",
         {"group_id", "member_id", "joined_at", "left_at", "role"},
         {0, 0, 1, 1, 0}},
        {"events",
         "SELECT m.member_id, e.type, e.occurred_at, g.group_id, c.content_id, k.campaign_id, "
         "e.value FROM events e JOIN members m ON m.id = e.member_ref LEFT JOIN groups g ON g.id = "
         "e.group_ref LEFT JOIN content c ON c.id = e.content_ref LEFT JOIN campaigns k ON k.id = "
         "e.campaign_ref ORDER BY e.id",
         {"member_id", "type", "occurred_at", "group_id", "content_id", "campaign_id", "value"},
         {0, 0, 1, 0, 0, 0, 0}},
        {"orders",
         "SELECT o.order_id, m.member_id, o.amount_cents, o.items, o.paid_at, o.channel, "
         "k.campaign_id, o.refunded FROM orders o JOIN members m ON m.id = o.member_ref LEFT JOIN "
         "campaigns k ON k.id = o.campaign_ref ORDER BY o.id",
         {"order_id", "member_id", "amount", "items", "paid_at", "channel", "campaign_id",
          "refunded"},
         {0, 0, 2, 0, 1, 0, 0, 0}},
        {"content",
         "SELECT c.content_id, c.title, c.kind, c.channel, g.group_id, c.scheduled_at, c.status, "
         "k.campaign_id, c.owner, c.reads, c.likes, c.comments, c.shares, c.clicks, c.conversions "
         "FROM content c LEFT JOIN groups g ON g.id = c.group_ref LEFT JOIN campaigns k ON k.id = "
         "c.campaign_ref ORDER BY c.id",
         {"content_id", "title", "kind", "channel", "group_id", "scheduled_at", "status",
          "campaign_id", "owner", "reads", "likes", "comments", "shares", "clicks", "conversions"},
         {0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0}},
        {"campaigns",
         "SELECT campaign_id, name, objective, type, start_at, end_at, budget_cents, "
         "target_segment FROM campaigns ORDER BY id",
         {"campaign_id", "name", "objective", "type", "start", "end", "budget", "target_segment"},
         {0, 0, 0, 0, 1, 1, 2, 0}},
        {"campaign_costs",
         "SELECT k.campaign_id, c.category, c.amount_cents, c.incurred_at FROM campaign_costs c "
         "JOIN campaigns k ON k.id = c.campaign_ref ORDER BY c.id",
         {"campaign_id", "category", "amount", "incurred_at"},
         {0, 0, 2, 1}},
    };
    for (const Spec &spec : specs) {
        if (entity != QLatin1String(spec.name))
            continue;
        QStringList header;
        for (const char *column : spec.header)
            header << QLatin1String(column);
        appendCsvLine(out, header);
        auto query = sql::run(ws.db(), QString::fromUtf8(spec.sql));
        while (query && query->next()) {
            QStringList cells;
            for (int i = 0; i < spec.kinds.size(); ++i) {
                const QVariant v = query->value(i);
                cells << (spec.kinds[i] == 1 ? time(v) : spec.kinds[i] == 2 ? cents(v) : text(v));
            }
            appendCsvLine(out, cells);
        }
    }
    return out;
}

} // namespace siyu::testing
