// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentfixture.h"

#include "models/segments/rfm.h"
#include "models/segments/rule.h"
#include "models/segments/rulecompiler.h"
#include "models/segments/segmentevaluator.h"

#include <QJsonObject>

#include <QTemporaryDir>
#include <QTest>

using namespace siyu;
using segmentfixture::day;

namespace {

bool addBuyer(Workspace &ws, int ref, const QString &memberId, bool deleted = false)
{
    return segmentfixture::exec(
        ws, "INSERT INTO members(id, member_id, joined_at, deleted_at) VALUES(?, ?, ?, ?)",
        {ref, memberId, segmentfixture::at("2025-01-01"),
         deleted ? QVariant(segmentfixture::asOf()) : segmentfixture::null()});
}

bool addOrder(Workspace &ws, int member, qint64 cents, qint64 paidAt, int refunded = 0)
{
    static int next = 0;
    return segmentfixture::exec(
        ws,
        "INSERT INTO orders(order_id, member_ref, amount_cents, paid_at, "
        "refunded) VALUES(?, ?, ?, ?, ?)",
        {QStringLiteral("r%1").arg(++next), member, cents, paidAt, refunded});
}

// Buyer i (1..10) places i paid orders of 10.00 * i, the last one 11 - i days before as-of
// and the others 10, 20, ... days before that: R, F and M all grow with i, with distinct values.
bool buildQuintiles(Workspace &ws)
{
    const qint64 t = segmentfixture::asOf();
    bool ok = true;
    for (int i = 1; i <= 10; ++i) {
        ok &= addBuyer(ws, i, QStringLiteral("b%1").arg(i, 2, 10, QLatin1Char('0')));
        for (int k = 0; k < i; ++k)
            ok &= addOrder(ws, i, 1000 * i, t - (11 - i + 10 * k) * day);
    }
    // Never scored: deleted, only refunded, too old, at as-of exactly.
    ok &= addBuyer(ws, 11, QStringLiteral("deleted"), true);
    ok &= addOrder(ws, 11, 999900, t - day);
    ok &= addBuyer(ws, 12, QStringLiteral("refunded"));
    ok &= addOrder(ws, 12, 999900, t - day, 1);
    ok &= addBuyer(ws, 13, QStringLiteral("old"));
    ok &= addOrder(ws, 13, 999900, t - 365 * day - 1);
    ok &= addBuyer(ws, 14, QStringLiteral("future"));
    ok &= addOrder(ws, 14, 999900, t);
    return ok;
}

} // namespace

class TestRfm : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> open(const char *name)
    {
        auto ws = Workspace::open(m_dir.filePath(QString::fromLatin1(name)));
        if (!ws)
            return nullptr;
        settings::timeZone.set(**ws, QStringLiteral("Asia/Shanghai"));
        (*ws)->reloadSettings();
        return std::move(*ws);
    }

private slots:
    void gridIsTheDocumentedTable()
    {
        using C = rfm::Cell;
        const C expected[5][5] = {
            {C::Lost, C::Lost, C::AtRisk, C::CantLose, C::CantLose},
            {C::Hibernating, C::Hibernating, C::AtRisk, C::AtRisk, C::CantLose},
            {C::AboutToSleep, C::NeedAttention, C::NeedAttention, C::Loyal, C::Loyal},
            {C::Promising, C::PotentialLoyalists, C::PotentialLoyalists, C::Loyal, C::Champions},
            {C::New, C::PotentialLoyalists, C::PotentialLoyalists, C::Champions, C::Champions},
        };
        for (int r = 1; r <= 5; ++r) {
            for (int fm = 1; fm <= 5; ++fm)
                QCOMPARE(rfm::cellOf(r, fm), expected[r - 1][fm - 1]);
        }
        int positions = 0;
        for (const rfm::Cell cell : rfm::cells()) {
            const QVariantList codes = rfm::gridCodes(cell);
            QVERIFY2(!codes.isEmpty(), qPrintable(rfm::key(cell)));
            positions += int(codes.size());
        }
        QCOMPARE(positions, 25);
        QCOMPARE(int(rfm::cells().size()), 11);
    }

    void cellNamesAcceptKeysAndDisplayNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        const auto row = [](const char *name, const char *key) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromLatin1(key);
        };
        row("champions", "champions");
        row("Champions", "champions");
        row("loyal", "loyal");
        row("Loyal Customers", "loyal");
        row("potential_loyalists", "potential_loyalists");
        row("Potential Loyalist", "potential_loyalists");
        row("new", "new");
        row("New Customers", "new");
        row("promising", "promising");
        row("need_attention", "need_attention");
        row("Needs Attention", "need_attention");
        row("about_to_sleep", "about_to_sleep");
        row("About to Sleep", "about_to_sleep");
        row("at_risk", "at_risk");
        row("At-Risk", "at_risk");
        row("cant_lose", "cant_lose");
        row("can't lose", "cant_lose");
        row("Can’t Lose Them", "cant_lose");
        row("hibernating", "hibernating");
        row("lost", "lost");
    }

    void cellNamesAcceptKeysAndDisplayNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        const auto cell = rfm::cellFromName(name);
        QVERIFY(cell.has_value());
        QCOMPARE(rfm::key(*cell), key);
        QVERIFY(!rfm::cellFromName(QStringLiteral("best")));
        QVERIFY(!rfm::cellFromName(QString()));
    }

    void scoresAreQuintilesOfTheBuyers()
    {
        auto ws = open("quintiles.siyu");
        QVERIFY(ws);
        QVERIFY(buildQuintiles(*ws));
        auto scores = rfm::compute(*ws, segmentfixture::asOf(), 365);
        QVERIFY(scores.ok());
        QCOMPARE(int(scores->size()), 10);
        const rfm::Cell cells[] = {rfm::Cell::Lost, rfm::Cell::Hibernating,
                                   rfm::Cell::NeedAttention, rfm::Cell::Loyal,
                                   rfm::Cell::Champions};
        for (int i = 1; i <= 10; ++i) {
            const rfm::Score &s = scores->at(size_t(i - 1));
            const int quintile = (i + 1) / 2;
            QCOMPARE(s.memberRef, qint64(i));
            QCOMPARE(s.recencyDays, qint64(11 - i));
            QCOMPARE(s.frequency, qint64(i));
            QCOMPARE(s.monetaryCents, qint64(1000 * i * i));
            QCOMPARE(s.r, quintile);
            QCOMPARE(s.f, quintile);
            QCOMPARE(s.m, quintile);
            QCOMPARE(s.fm, quintile);
            QCOMPARE(s.cell, cells[quintile - 1]);
        }
        // The default window is the setting's.
        auto defaults = rfm::compute(*ws, segmentfixture::asOf());
        QVERIFY(defaults.ok());
        QCOMPARE(int(defaults->size()), 10);
    }

    void windowEdges()
    {
        auto ws = open("edges.siyu");
        QVERIFY(ws);
        QVERIFY(buildQuintiles(*ws));
        // Buyer 10's orders are 1, 11, ..., 91 days before as-of.
        auto wide = rfm::compute(*ws, segmentfixture::asOf(), 91);
        QVERIFY(wide.ok());
        QCOMPARE(wide->back().frequency, qint64(10));
        auto narrow = rfm::compute(*ws, segmentfixture::asOf(), 90);
        QVERIFY(narrow.ok());
        QCOMPARE(narrow->back().frequency, qint64(9));
        // One second later the order at as-of (member 14) counts, and the one 365 days and one
        // second back still does not.
        auto later = rfm::compute(*ws, segmentfixture::asOf() + 1, 365);
        QVERIFY(later.ok());
        QCOMPARE(int(later->size()), 11);
        QCOMPARE(later->back().memberRef, qint64(14));
        QCOMPARE(later->back().recencyDays, qint64(0));
    }

    void tiesShareAScore()
    {
        auto ws = open("ties.siyu");
        QVERIFY(ws);
        const qint64 t = segmentfixture::asOf();
        for (int i = 1; i <= 4; ++i) {
            QVERIFY(addBuyer(*ws, i, QStringLiteral("t%1").arg(i)));
            QVERIFY(addOrder(*ws, i, 1000, t - 5 * day));
        }
        QVERIFY(addOrder(*ws, 4, 1000, t - 6 * day));
        auto scores = rfm::compute(*ws, t, 365);
        QVERIFY(scores.ok());
        QCOMPARE(int(scores->size()), 4);
        for (int i = 0; i < 3; ++i) {
            const rfm::Score &s = scores->at(size_t(i));
            QCOMPARE(s.r, 1);
            QCOMPARE(s.f, 1);
            QCOMPARE(s.m, 1);
            QCOMPARE(s.cell, rfm::Cell::Lost);
        }
        // Three of four buyers rank below: 1 + floor(5 * 3 / 4) = 4.
        const rfm::Score &top = scores->at(3);
        QCOMPARE(top.r, 1);
        QCOMPARE(top.f, 4);
        QCOMPARE(top.m, 4);
        QCOMPARE(top.fm, 4);
        QCOMPARE(top.cell, rfm::Cell::CantLose);
    }

    void rulesSelectCells()
    {
        auto ws = open("rules.siyu");
        QVERIFY(ws);
        QVERIFY(buildQuintiles(*ws));
        SegmentEvaluator evaluator(*ws, segmentfixture::asOf());
        const auto ids = [&](const char *json) {
            auto rule = Rule::parse(QString::fromUtf8(json));
            return evaluator.memberIds(evaluator.condition(*rule))->join(QLatin1Char(','));
        };
        QCOMPARE(ids(R"({"rfm":"champions"})"), QStringLiteral("b09,b10"));
        QCOMPARE(ids(R"({"rfm":"Need Attention"})"), QStringLiteral("b05,b06"));
        QCOMPARE(ids(R"({"rfm":"lost"})"), QStringLiteral("b01,b02"));
        QCOMPARE(ids(R"({"rfm":"new"})"), QString());
        // Non-buyers are in no cell.
        QCOMPARE(ids(R"({"not":{"any":[{"rfm":"champions"},{"rfm":"loyal"},{"rfm":"lost"},)"
                     R"({"rfm":"hibernating"},{"rfm":"need_attention"}]}})"),
                 QStringLiteral("refunded,old,future"));
        // The inline SQL of a rule compiled without the prepared cells agrees, cell by cell.
        for (const rfm::Cell cell : rfm::cells()) {
            Rule rule = *Rule::fromJson(QJsonObject{{QStringLiteral("rfm"), rfm::key(cell)}});
            const SqlFragment inline_ =
                RuleCompiler(RuleCompiler::contextFor(*ws, segmentfixture::asOf())).condition(rule);
            QVERIFY(!inline_.sql.contains(QStringLiteral("siyu_rfm_cells")));
            QCOMPARE(*evaluator.memberIds(inline_),
                     *evaluator.memberIds(evaluator.condition(rule)));
        }
        // The window is the workspace setting. In 5 days only buyers 6-10 bought, once each:
        // R 1..5, F all 1, M 1..5, so FM 1, 2, 2, 3, 3.
        QVERIFY(rfm::windowDays.set(*ws, 5));
        SegmentEvaluator narrow(*ws, segmentfixture::asOf());
        QCOMPARE(int(rfm::compute(*ws, segmentfixture::asOf())->size()), 5);
        const auto narrowIds = [&](const char *json) {
            auto rule = Rule::parse(QString::fromUtf8(json));
            return narrow.memberIds(narrow.condition(*rule))->join(QLatin1Char(','));
        };
        QCOMPARE(narrowIds(R"({"rfm":"champions"})"), QString());
        QCOMPARE(narrowIds(R"({"rfm":"potential_loyalists"})"), QStringLiteral("b09,b10"));
        QCOMPARE(narrowIds(R"({"rfm":"need_attention"})"), QStringLiteral("b08"));
        QCOMPARE(narrowIds(R"({"rfm":"hibernating"})"), QStringLiteral("b07"));
        QCOMPARE(narrowIds(R"({"rfm":"lost"})"), QStringLiteral("b06"));
    }
};

QTEST_GUILESS_MAIN(TestRfm)
#include "tst_rfm.moc"
