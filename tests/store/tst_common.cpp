// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/error.h"
#include "models/common/money.h"
#include "models/common/timeutil.h"
#include "models/common/units.h"

#include <QTest>

using namespace siyu;

class TestCommon : public QObject
{
    Q_OBJECT

private slots:
    void parsesMoneyExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("integer") << QStringLiteral("12") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(1250);
        QTest::newRow("two decimals") << QStringLiteral("0.07") << qint64(7);
        QTest::newRow("float trap") << QStringLiteral("0.29") << qint64(29);
        QTest::newRow("negative") << QStringLiteral("-3.07") << qint64(-307);
        QTest::newRow("thousands") << QStringLiteral("1,234.50") << qint64(123450);
        QTest::newRow("yuan sign") << QStringLiteral("¥1,234.5") << qint64(123450);
        QTest::newRow("dollar space") << QStringLiteral("$ 9.99") << qint64(999);
        QTest::newRow("trailing zeros") << QStringLiteral("9.9900") << qint64(999);
        QTest::newRow("leading point") << QStringLiteral(".5") << qint64(50);
        QTest::newRow("decimal comma") << QStringLiteral("12,5") << qint64(1250);
        QTest::newRow("decimal comma, two") << QStringLiteral("1234,56") << qint64(123456);
        QTest::newRow("points group, comma decimal")
            << QStringLiteral("1.234,56") << qint64(123456);
        QTest::newRow("spaces group") << QStringLiteral("1 234,56") << qint64(123456);
        QTest::newRow("no-break space groups") << QStringLiteral("1\u00A0234.50") << qint64(123450);
        QTest::newRow("several commas group") << QStringLiteral("1,234,567") << qint64(123456700);
        QTest::newRow("yuan after") << QStringLiteral("88元") << qint64(8800);
        QTest::newRow("sign after yuan") << QStringLiteral("¥-5") << qint64(-500);
        QTest::newRow("largest") << QStringLiteral("9999999999.99") << money::maxCents;
        QTest::newRow("most negative") << QStringLiteral("-9,999,999,999.99") << -money::maxCents;
    }
    void parsesMoneyExactly()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const auto parsed = money::parseCents(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, cents);
    }

    void rejectsNonMoney()
    {
        for (const char *bad : {"", "abc", "1.2.3", "12.345", "1e5", "--1", "."})
            QVERIFY2(!money::parseCents(QString::fromLatin1(bad)).has_value(), bad);
    }

    // Every refusal says why, by the one rule for separators (money.h).
    void refusesMoneyWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("error");
        const int notAmount = int(money::AmountError::NotAnAmount);
        const int ambiguous = int(money::AmountError::Ambiguous);
        const int precise = int(money::AmountError::TooPrecise);
        const int large = int(money::AmountError::TooLarge);
        QTest::newRow("one comma, three digits") << QStringLiteral("1,234") << ambiguous;
        QTest::newRow("yuan, one comma") << QStringLiteral("¥12,500") << ambiguous;
        QTest::newRow("bad groups") << QStringLiteral("12,34.5") << notAmount;
        QTest::newRow("indian groups") << QStringLiteral("1,23,456") << notAmount;
        QTest::newRow("points only group") << QStringLiteral("1.234.567") << notAmount;
        QTest::newRow("comma after point") << QStringLiteral("1.234,567") << notAmount;
        QTest::newRow("mixed groups") << QStringLiteral("1,234 567.00") << notAmount;
        QTest::newRow("four decimals after comma") << QStringLiteral("12,3456") << notAmount;
        QTest::newRow("digits between spaces") << QStringLiteral("1 2 3") << notAmount;
        QTest::newRow("sub-cent") << QStringLiteral("12.345") << precise;
        QTest::newRow("one cent too many") << QStringLiteral("10000000000.00") << large;
        QTest::newRow("int64 cents") << QStringLiteral("92233720368547758.07") << large;
        QTest::newRow("int64 cents + 1") << QStringLiteral("92233720368547758.08") << large;
        QTest::newRow("negative huge") << QStringLiteral("-92233720368547758.08") << large;
        QTest::newRow("forty digits") << QString(40, QLatin1Char('9')) << large;
    }
    void refusesMoneyWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(int, error);
        const money::Amount amount = money::parseAmount(text);
        QCOMPARE(int(amount.error), error);
        QVERIFY(!money::parseCents(text));
    }

    void formatsCents()
    {
        QCOMPARE(money::formatCents(1250), QStringLiteral("12.50"));
        QCOMPARE(money::formatCents(-5), QStringLiteral("-0.05"));
        QCOMPARE(money::formatCents(0), QStringLiteral("0.00"));
    }

    void formatsMoneyInTheWorkspaceCurrency()
    {
        units::Display cny;
        cny.locale = QLocale(QLocale::Chinese, QLocale::China);
        QCOMPARE(units::money(123456789, cny), QStringLiteral("¥1,234,567.89"));
        QCOMPARE(units::money(-5, cny), QStringLiteral("-¥0.05"));
        QCOMPARE(units::money(0, cny), QStringLiteral("¥0.00"));
        units::Display usd;
        usd.currency = QStringLiteral("USD");
        usd.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(units::money(1250, usd), QStringLiteral("$12.50"));
        QCOMPARE(units::moneyUnits(31240.0, usd), QStringLiteral("$31,240.00"));
        usd.currency = QStringLiteral("CHF");
        QCOMPARE(units::money(1250, usd), QStringLiteral("CHF 12.50"));
        QCOMPARE(units::money(std::numeric_limits<qint64>::min(), cny).left(2),
                 QStringLiteral("-¥"));
    }

    void formatsDatesOncePerLanguage()
    {
        units::Display en;
        en.locale = QLocale(QLocale::English, QLocale::UnitedStates);
        en.zone = QTimeZone("Asia/Shanghai");
        units::Display zh = en;
        zh.locale = QLocale(QLocale::Chinese, QLocale::China);
        QCOMPARE(units::date(QDate(2026, 11, 30), en), QStringLiteral("30 Nov 2026"));
        QCOMPARE(units::date(QDate(2026, 11, 30), zh), QStringLiteral("2026年11月30日"));
        // 2026-11-30 16:05 UTC is past midnight in Shanghai.
        const qint64 t =
            QDateTime(QDate(2026, 11, 30), QTime(16, 5), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(units::dateTime(t, en), QStringLiteral("1 Dec 2026 00:05"));
        QCOMPARE(units::dateOf(t, zh), QStringLiteral("2026年12月1日"));
        QCOMPARE(units::zoneLabel(zh), QStringLiteral("Asia/Shanghai (UTC+08:00)"));
    }

    void dateEditorsUseTheSameFormat()
    {
        units::Display en;
        en.locale = QLocale(QLocale::English);
        units::Display zh;
        zh.locale = QLocale(QLocale::Chinese, QLocale::China);
        const QDate day(2026, 3, 7);
        QCOMPARE(units::editorLocale(en).toString(day, units::dateFormat(en)),
                 units::date(day, en));
        QCOMPARE(units::editorLocale(zh).toString(day, units::dateFormat(zh)),
                 units::date(day, zh));
        QCOMPARE(units::editorLocale(en).toString(day, units::monthFormat(en)),
                 QStringLiteral("Mar 2026"));
        QCOMPARE(units::editorLocale(zh).toString(day, units::monthFormat(zh)),
                 QStringLiteral("2026年3月"));
        // What a date editor reads back is what it shows.
        QCOMPARE(
            units::editorLocale(zh).toDate(QStringLiteral("2026年3月7日"), units::dateFormat(zh)),
            day);
    }

    void displayInAnotherZone()
    {
        units::Display usd;
        usd.currency = QStringLiteral("USD");
        usd.locale = QLocale(QLocale::Chinese, QLocale::China);
        units::Display::setCurrent(usd);
        const units::Display tokyo = units::Display::in(QTimeZone("Asia/Tokyo"));
        QCOMPARE(tokyo.currency, QStringLiteral("USD"));
        QCOMPARE(tokyo.locale.language(), QLocale::Chinese);
        QCOMPARE(tokyo.zone.id(), QByteArray("Asia/Tokyo"));
        units::Display::setCurrent({});
        QCOMPARE(units::Display::current().currency, QStringLiteral("CNY"));
    }

    void percentagePointsNeverReadAsZero()
    {
        QCOMPARE(units::percentagePoints(0.025, 0.024), QStringLiteral("0.1"));
        QCOMPARE(units::percentagePoints(0.0246, 0.0244), QStringLiteral("0.02"));
        QCOMPARE(units::percentagePoints(0.50001, 0.5), QStringLiteral("0.001"));
        QCOMPARE(units::percentagePoints(0.3, 0.2), QStringLiteral("10.0"));
        QCOMPARE(units::percentagePoints(0.2, 0.2), QStringLiteral("0.0"));
    }

    void isoWeeksAcrossYears()
    {
        const QTimeZone utc = QTimeZone::utc();
        auto w47 = timeutil::parseIsoWeek(u"2026-W47", utc);
        QVERIFY(w47.ok());
        QCOMPARE(w47->firstDay, QDate(2026, 11, 16));
        QCOMPARE(w47->endDay, QDate(2026, 11, 23));
        auto w53 = timeutil::parseIsoWeek(u"2026-W53", utc);
        QVERIFY(w53.ok());
        QCOMPARE(w53->firstDay, QDate(2026, 12, 28));
        auto w01 = timeutil::parseIsoWeek(u"2027-W01", utc);
        QVERIFY(w01.ok());
        QCOMPARE(w01->firstDay, QDate(2027, 1, 4));
        QVERIFY(!timeutil::parseIsoWeek(u"2025-W53", utc).ok()); // 2025 has 52 weeks
        QVERIFY(!timeutil::parseIsoWeek(u"2026-47", utc).ok());
        QCOMPARE(timeutil::isoWeekName(QDate(2027, 1, 1)), QStringLiteral("2026-W53"));
        QCOMPARE(w01->previous(utc).firstDay, QDate(2026, 12, 28));
    }

    void weekBoundsFollowTheZone()
    {
        const QTimeZone shanghai("Asia/Shanghai");
        auto week = timeutil::parseIsoWeek(u"2026-W47", shanghai);
        QVERIFY(week.ok());
        // Monday 00:00 in Shanghai is Sunday 16:00 UTC.
        QCOMPARE(week->from,
                 QDateTime(QDate(2026, 11, 15), QTime(16, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(week->length(), qint64(7 * 86400));
    }

    void parsesIsoDateTimes()
    {
        const QTimeZone shanghai("Asia/Shanghai");
        const qint64 utcMidnight =
            QDateTime(QDate(2026, 11, 16), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        QCOMPARE(*timeutil::parseIsoDateTime(u"2026-11-16", shanghai), utcMidnight - 8 * 3600);
        QCOMPARE(*timeutil::parseIsoDateTime(u"2026-11-16 09:30", shanghai),
                 utcMidnight + 3600 + 1800);
        QCOMPARE(*timeutil::parseIsoDateTime(u"2026-11-16T09:30:00", shanghai),
                 utcMidnight + 3600 + 1800);
        QCOMPARE(*timeutil::parseIsoDateTime(u"2026-11-16T09:30:00Z", shanghai),
                 utcMidnight + 9 * 3600 + 1800);
        QCOMPARE(*timeutil::parseIsoDateTime(u"2026-11-16 09:30:00+01:00", shanghai),
                 utcMidnight + 8 * 3600 + 1800);
        QVERIFY(!timeutil::parseIsoDateTime(u"2026-02-30", shanghai).has_value());
        QVERIFY(!timeutil::parseIsoDateTime(u"16.11.2026", shanghai).has_value());
        QVERIFY(!timeutil::parseIsoDateTime(u"2026-11-16 25:00", shanghai).has_value());
    }

    void errorsNameFileRowAndColumn()
    {
        const Error e{QStringLiteral("not a date"), QStringLiteral("members.csv"), 3,
                      QStringLiteral("joined_at")};
        QCOMPARE(e.toString(), QStringLiteral("members.csv: row 3, column joined_at: not a date"));
        QCOMPARE(makeError(QStringLiteral("x")).toString(), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
