// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/segments/rfm.h"

#include "models/store/sql.h"
#include "models/store/statement.h"
#include "models/store/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace siyu::rfm {

namespace {

constexpr qint64 secondsPerDay = 86400;

using C = Cell;
// grid[r - 1][fm - 1], the table in rfm.h.
constexpr std::array<std::array<Cell, 5>, 5> grid{{
    {C::Lost, C::Lost, C::AtRisk, C::CantLose, C::CantLose},
    {C::Hibernating, C::Hibernating, C::AtRisk, C::AtRisk, C::CantLose},
    {C::AboutToSleep, C::NeedAttention, C::NeedAttention, C::Loyal, C::Loyal},
    {C::Promising, C::PotentialLoyalists, C::PotentialLoyalists, C::Loyal, C::Champions},
    {C::New, C::PotentialLoyalists, C::PotentialLoyalists, C::Champions, C::Champions},
}};

struct CellName
{
    Cell cell;
    const char *key;
    const char *title;
};

const std::array<CellName, 11> &cellNames()
{
    static const std::array<CellName, 11> names{{
        {C::Champions, "champions", QT_TRANSLATE_NOOP("siyu::rfm", "Champions")},
        {C::Loyal, "loyal", QT_TRANSLATE_NOOP("siyu::rfm", "Loyal")},
        {C::PotentialLoyalists, "potential_loyalists",
         QT_TRANSLATE_NOOP("siyu::rfm", "Potential Loyalists")},
        {C::New, "new", QT_TRANSLATE_NOOP("siyu::rfm", "New")},
        {C::Promising, "promising", QT_TRANSLATE_NOOP("siyu::rfm", "Promising")},
        {C::NeedAttention, "need_attention", QT_TRANSLATE_NOOP("siyu::rfm", "Need Attention")},
        {C::AboutToSleep, "about_to_sleep", QT_TRANSLATE_NOOP("siyu::rfm", "About to Sleep")},
        {C::AtRisk, "at_risk", QT_TRANSLATE_NOOP("siyu::rfm", "At Risk")},
        {C::CantLose, "cant_lose", QT_TRANSLATE_NOOP("siyu::rfm", "Can't Lose")},
        {C::Hibernating, "hibernating", QT_TRANSLATE_NOOP("siyu::rfm", "Hibernating")},
        {C::Lost, "lost", QT_TRANSLATE_NOOP("siyu::rfm", "Lost")},
    }};
    return names;
}

// Other spellings people use for the same cells, already squeezed (see squeeze()).
struct Alias
{
    const char *squeezed;
    Cell cell;
};
constexpr std::array<Alias, 12> aliases{{
    {"champion", C::Champions},
    {"loyalcustomers", C::Loyal},
    {"loyalcustomer", C::Loyal},
    {"potentialloyalist", C::PotentialLoyalists},
    {"newcustomers", C::New},
    {"newcustomer", C::New},
    {"recentcustomers", C::New},
    {"needsattention", C::NeedAttention},
    {"customersneedingattention", C::NeedAttention},
    {"cantlosethem", C::CantLose},
    {"cannotlose", C::CantLose},
    {"cantloose", C::CantLose},
}};

// Lower case without spaces, '-', '_' or apostrophes: "Can't Lose" -> "cantlose".
QString squeeze(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed().toLower()) {
        if (c.isSpace() || c == u'-' || c == u'_' || c == u'\'' || c == QChar(0x2019))
            continue;
        out += c;
    }
    return out;
}

// The cells of the last few preparations stay, since a condition compiled against one of them
// may still be read; older ones are dropped. Binds: ?1 as_of, ?2 window days.
const char *const prepareStatements[] = {
    "CREATE TEMP TABLE IF NOT EXISTS siyu_rfm_cells (as_of INTEGER NOT NULL,"
    " window_days INTEGER NOT NULL, code INTEGER NOT NULL, member_ref INTEGER NOT NULL,"
    " PRIMARY KEY (as_of, window_days, code, member_ref)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS siyu_rfm_prepared (seq INTEGER PRIMARY KEY,"
    " as_of INTEGER NOT NULL, window_days INTEGER NOT NULL)",
    "DELETE FROM temp.siyu_rfm_prepared WHERE as_of = ?1 AND window_days = ?2",
    "INSERT INTO temp.siyu_rfm_prepared(as_of, window_days) VALUES(?1, ?2)",
    "DELETE FROM temp.siyu_rfm_prepared WHERE seq NOT IN"
    " (SELECT seq FROM temp.siyu_rfm_prepared ORDER BY seq DESC LIMIT 4)",
    "DELETE FROM temp.siyu_rfm_cells WHERE (as_of = ?1 AND window_days = ?2)"
    " OR (as_of, window_days) NOT IN (SELECT as_of, window_days FROM temp.siyu_rfm_prepared)",
};

Status exec(Workspace &ws, const char *sql, qint64 asOf, int days)
{
    Statement statement(ws.handle(), sql);
    if (!statement.isValid())
        return statement.prepareError();
    // Statements without parameters ignore the binds.
    statement.bind(1, asOf);
    statement.bind(2, days);
    if (!statement.exec())
        return makeError(statement.errorMessage());
    return {};
}

} // namespace

const std::vector<Cell> &cells()
{
    static const std::vector<Cell> all = [] {
        std::vector<Cell> list;
        for (const CellName &name : cellNames())
            list.push_back(name.cell);
        return list;
    }();
    return all;
}

QString key(Cell cell)
{
    for (const CellName &name : cellNames()) {
        if (name.cell == cell)
            return QLatin1String(name.key);
    }
    return {};
}

QString title(Cell cell)
{
    for (const CellName &name : cellNames()) {
        if (name.cell == cell)
            return QCoreApplication::translate("siyu::rfm", name.title);
    }
    return {};
}

std::optional<Cell> cellFromName(const QString &text)
{
    const QString squeezed = squeeze(text);
    if (squeezed.isEmpty())
        return std::nullopt;
    for (const CellName &name : cellNames()) {
        if (squeezed == squeeze(QLatin1String(name.key)) ||
            squeezed == squeeze(QLatin1String(name.title)) ||
            squeezed == squeeze(QCoreApplication::translate("siyu::rfm", name.title)))
            return name.cell;
    }
    for (const Alias &alias : aliases) {
        if (squeezed == QLatin1String(alias.squeezed))
            return alias.cell;
    }
    return std::nullopt;
}

Cell cellOf(int r, int fm)
{
    return grid.at(size_t(qBound(1, r, 5) - 1)).at(size_t(qBound(1, fm, 5) - 1));
}

QVariantList gridCodes(Cell cell)
{
    QVariantList codes;
    for (int r = 1; r <= 5; ++r) {
        for (int fm = 1; fm <= 5; ++fm) {
            if (cellOf(r, fm) == cell)
                codes << r * 10 + fm;
        }
    }
    return codes;
}

QString scoresSql()
{
    // Integer division throughout: the rank rule of rfm.h, exactly.
    return QStringLiteral(
        "SELECT member_ref, recency_days, frequency, monetary, r_score, f_score, m_score,"
        " (f_score + m_score + 1) / 2 AS fm_score FROM ("
        " SELECT member_ref, recency_days, frequency, monetary,"
        "  1 + 5 * (rank() OVER (ORDER BY recency_days DESC) - 1) / count(*) OVER () AS r_score,"
        "  1 + 5 * (rank() OVER (ORDER BY frequency) - 1) / count(*) OVER () AS f_score,"
        "  1 + 5 * (rank() OVER (ORDER BY monetary) - 1) / count(*) OVER () AS m_score"
        " FROM ("
        "  SELECT o.member_ref AS member_ref, (? - max(o.paid_at)) / 86400 AS recency_days,"
        "   count(*) AS frequency, sum(o.amount_cents) AS monetary"
        "  FROM orders o JOIN members rm ON rm.id = o.member_ref"
        "  WHERE rm.deleted_at IS NULL AND o.refunded = 0 AND o.paid_at >= ? AND o.paid_at < ?"
        "  GROUP BY o.member_ref))");
}

QVariantList scoreBinds(qint64 asOf, int windowDays)
{
    return {asOf, asOf - qint64(windowDays) * secondsPerDay, asOf};
}

namespace {

// The buyers of the window with their raw R, F and M, by member row id. Accumulated in arrays
// indexed by row id (row ids are dense): at five million orders a hash map costs several times
// more than reading the orders.
Result<std::vector<Score>> buyers(Workspace &ws, qint64 asOf, int days)
{
    Statement highest(ws.handle(), "SELECT coalesce(max(id), 0) FROM members");
    if (!highest.isValid())
        return highest.prepareError();
    const qint64 maxRef = highest.step() ? highest.int64(0) : 0;
    std::vector<char> live(size_t(maxRef + 1), 1);
    Statement gone(ws.handle(), "SELECT id FROM members WHERE deleted_at IS NOT NULL");
    if (!gone.isValid())
        return gone.prepareError();
    while (gone.step())
        live[size_t(gone.int64(0))] = 0;
    Statement orders(ws.handle(), "SELECT member_ref, paid_at, amount_cents FROM orders "
                                  "WHERE refunded = 0 AND paid_at >= ?1 AND paid_at < ?2");
    if (!orders.isValid())
        return orders.prepareError();
    orders.bind(1, asOf - qint64(days) * secondsPerDay);
    orders.bind(2, asOf);
    struct Sums
    {
        qint64 last = 0;
        qint64 count = 0;
        qint64 cents = 0;
    };
    std::vector<Sums> byRef(size_t(maxRef + 1));
    while (orders.step()) {
        const qint64 ref = orders.int64(0);
        if (ref < 1 || ref > maxRef || !live[size_t(ref)])
            continue;
        Sums &sums = byRef[size_t(ref)];
        const qint64 at = orders.int64(1);
        sums.last = sums.count == 0 ? at : std::max(sums.last, at);
        sums.count += 1;
        sums.cents += orders.int64(2);
    }
    std::vector<Score> scores;
    for (qint64 ref = 1; ref <= maxRef; ++ref) {
        const Sums &sums = byRef[size_t(ref)];
        if (sums.count == 0)
            continue;
        Score s;
        s.memberRef = ref;
        s.recencyDays = (asOf - sums.last) / secondsPerDay;
        s.frequency = sums.count;
        s.monetaryCents = sums.cents;
        scores.push_back(s);
    }
    return scores;
}

// 1 + floor(5 * below / n), `below` being how many buyers are strictly worse.
template<typename Value, typename Worse>
void scoreBy(std::vector<Score> &scores, Value value, Worse worseCount, int Score::*target)
{
    std::vector<qint64> sorted;
    sorted.reserve(scores.size());
    for (const Score &s : scores)
        sorted.push_back(value(s));
    std::sort(sorted.begin(), sorted.end());
    const qint64 n = qint64(sorted.size());
    for (Score &s : scores)
        s.*target = int(1 + 5 * worseCount(sorted, value(s)) / n);
}

} // namespace

Result<std::vector<Score>> compute(Workspace &ws, qint64 asOf, int days)
{
    auto scores = buyers(ws, asOf, days);
    if (!scores)
        return scores.error();
    const auto fewer = [](const std::vector<qint64> &sorted, qint64 v) {
        return qint64(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
    };
    const auto more = [](const std::vector<qint64> &sorted, qint64 v) {
        return qint64(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), v));
    };
    // More days since the last order is worse; fewer orders or less money is worse.
    scoreBy(
        *scores, [](const Score &s) { return s.recencyDays; }, more, &Score::r);
    scoreBy(
        *scores, [](const Score &s) { return s.frequency; }, fewer, &Score::f);
    scoreBy(
        *scores, [](const Score &s) { return s.monetaryCents; }, fewer, &Score::m);
    for (Score &s : *scores) {
        s.fm = (s.f + s.m + 1) / 2;
        s.cell = cellOf(s.r, s.fm);
    }
    return scores;
}

namespace {

Status fillCells(Workspace &ws, const std::vector<Score> &scores, qint64 asOf, int days)
{
    for (const char *statement : prepareStatements) {
        if (Status status = exec(ws, statement, asOf, days); !status)
            return status;
    }
    Statement insert(ws.handle(), "INSERT INTO temp.siyu_rfm_cells(as_of, window_days, code, "
                                  "member_ref) VALUES(?1, ?2, ?3, ?4)");
    if (!insert.isValid())
        return insert.prepareError();
    for (const Score &s : scores) {
        insert.bind(1, asOf);
        insert.bind(2, days);
        insert.bind(3, s.r * 10 + s.fm);
        insert.bind(4, s.memberRef);
        if (!insert.exec())
            return makeError(insert.errorMessage());
    }
    return {};
}

} // namespace

Status prepareCells(Workspace &ws, qint64 asOf, int days)
{
    auto scores = compute(ws, asOf, days);
    if (!scores)
        return scores.error();
    // A savepoint, not a Transaction: only the connection's temporary tables are written, so no
    // write lock on the workspace is taken.
    if (Status status = sql::exec(ws.db(), QStringLiteral("SAVEPOINT siyu_rfm_cells")); !status)
        return status;
    const Status status = fillCells(ws, *scores, asOf, days);
    if (!status)
        sql::exec(ws.db(), QStringLiteral("ROLLBACK TO siyu_rfm_cells"));
    sql::exec(ws.db(), QStringLiteral("RELEASE siyu_rfm_cells"));
    return status;
}

Result<std::vector<Score>> compute(Workspace &ws, qint64 asOf)
{
    return compute(ws, asOf, windowDays.get(ws));
}

} // namespace siyu::rfm
