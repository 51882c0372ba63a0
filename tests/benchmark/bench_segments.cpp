// SPDX-License-Identifier: GPL-3.0-or-later
// Section "segments": a segment counted from a rule with an `in` list of a million member ids
// (a list pasted from elsewhere), parsing, compiling and counting each timed; and the same
// rule with the ids of no member, so that every value is looked up and none found.
// Goal: about a second for the million.
#include "benchmark.h"

#include "models/segments/rule.h"
#include "models/segments/segmentevaluator.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace siyu::bench {

namespace {

constexpr int listLength = 1000000;

int fail(const QString &message)
{
    QTextStream(stderr) << "segments: " << message << Qt::endl;
    return 1;
}

// {"field":"member_id","op":"in","value":[...]} with the workspace's own ids (as many as there
// are, up to the list's length) completed by ids that match nobody.
Result<QString> ruleText(Workspace &ws, bool matching)
{
    QJsonArray values;
    if (matching) {
        auto query = sql::run(ws.db(), QStringLiteral("SELECT member_id FROM members ORDER BY id "
                                                      "LIMIT %1")
                                           .arg(listLength));
        if (!query)
            return query.error();
        while (query->next())
            values.append(query->value(0).toString());
    }
    for (qsizetype i = values.size(); i < listLength; ++i)
        values.append(QStringLiteral("nobody-%1").arg(i));
    const QJsonObject rule{{QStringLiteral("field"), QStringLiteral("member_id")},
                           {QStringLiteral("op"), QStringLiteral("in")},
                           {QStringLiteral("value"), values}};
    return QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Compact));
}

int timeCount(Workspace &ws, const QString &name, bool matching)
{
    auto text = ruleText(ws, matching);
    if (!text)
        return fail(text.error().toString());
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto rule = Rule::parse(*text);
    if (!rule)
        return fail(rule.error().toString());
    Context::figure(name + QStringLiteral("_parse"), double(step.nsecsElapsed()) / 1e6,
                    QStringLiteral("ms"));
    step.start();
    SegmentEvaluator evaluator(ws, QDateTime::currentSecsSinceEpoch());
    const SqlFragment condition = evaluator.condition(*rule);
    Context::figure(name + QStringLiteral("_compile"), double(step.nsecsElapsed()) / 1e6,
                    QStringLiteral("ms"));
    step.start();
    auto count = evaluator.count(condition);
    if (!count)
        return fail(count.error().toString());
    Context::figure(name + QStringLiteral("_count"), double(step.nsecsElapsed()) / 1e6,
                    QStringLiteral("ms"));
    Context::figure(name, double(total.nsecsElapsed()) / 1e6, QStringLiteral("ms"));
    Context::figure(name + QStringLiteral("_members"), *count, QStringLiteral("members"));
    return 0;
}

} // namespace

int benchSegments(Context &context)
{
    Workspace *ws = context.workspace();
    if (!ws)
        return fail(QStringLiteral("no workspace"));
    int failures = timeCount(*ws, QStringLiteral("segment_in_1m_ids"), true);
    failures += timeCount(*ws, QStringLiteral("segment_in_1m_unknown_ids"), false);
    return failures;
}

} // namespace siyu::bench
