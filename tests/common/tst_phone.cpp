// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/phone.h"

#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace siyu;

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        const QString cn = QStringLiteral("CN");
        const QString us = QStringLiteral("US");
        const QString gb = QStringLiteral("GB");
        QTest::newRow("cn mobile, spaced")
            << QStringLiteral("+86 139 1234 5679") << cn << QStringLiteral("+8613912345679");
        QTest::newRow("cn mobile, 11 digits")
            << QStringLiteral("13912345679") << cn << QStringLiteral("+8613912345679");
        QTest::newRow("cn mobile, dashes")
            << QStringLiteral("139-1234-5680") << cn << QStringLiteral("+8613912345680");
        QTest::newRow("cn mobile, 0086")
            << QStringLiteral("0086 191 5585 2826") << cn << QStringLiteral("+8619155852826");
        QTest::newRow("cn mobile, code without +")
            << QStringLiteral("8619155852826") << cn << QStringLiteral("+8619155852826");
        QTest::newRow("cn mobile, full-width")
            << QStringLiteral("１３９１２３４５６７９") << cn << QStringLiteral("+8613912345679");
        QTest::newRow("cn mobile from another region")
            << QStringLiteral("+86 139 1234 5679") << us << QStringLiteral("+8613912345679");
        QTest::newRow("beijing landline")
            << QStringLiteral("010-6552 9988") << cn << QStringLiteral("+861065529988");
        QTest::newRow("beijing landline, +86")
            << QStringLiteral("+86 10 6552 9988") << cn << QStringLiteral("+861065529988");
        QTest::newRow("shanghai landline")
            << QStringLiteral("(021) 6321 0000") << cn << QStringLiteral("+862163210000");
        QTest::newRow("us, international")
            << QStringLiteral("+1 (650) 253-0000") << cn << QStringLiteral("+16502530000");
        QTest::newRow("us, national in US")
            << QStringLiteral("(650) 253-0000") << us << QStringLiteral("+16502530000");
        QTest::newRow("us, dotted in US")
            << QStringLiteral("650.253.0000") << us << QStringLiteral("+16502530000");
        QTest::newRow("uk, international")
            << QStringLiteral("+44 20 7946 0018") << cn << QStringLiteral("+442079460018");
        QTest::newRow("uk, national in GB")
            << QStringLiteral("020 7946 0018") << gb << QStringLiteral("+442079460018");
        QTest::newRow("uk mobile in GB")
            << QStringLiteral("07400 123456") << gb << QStringLiteral("+447400123456");
        QTest::newRow("region in lower case")
            << QStringLiteral("020 7946 0018") << QStringLiteral("gb")
            << QStringLiteral("+442079460018");
    }

    void normalises()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        const phone::Parsed parsed = phone::parse(text, region);
        QCOMPARE(parsed.e164, e164);
        QVERIFY(parsed.valid());
        QVERIFY(parsed.error.isEmpty());
        // The bytes of a file say the same.
        QCOMPARE(phone::parse(text.toUtf8(), region).e164, e164);
        // And the stored form is a fixed point, whatever the region.
        QCOMPARE(phone::parse(e164, QStringLiteral("BR")).e164, e164);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("region");
        const QString cn = QStringLiteral("CN");
        QTest::newRow("10-digit cn mobile") << QStringLiteral("1391234567") << cn;
        QTest::newRow("12-digit cn mobile") << QStringLiteral("139123456790") << cn;
        QTest::newRow("cn mobile, no such prefix") << QStringLiteral("12012345678") << cn;
        QTest::newRow("letters") << QStringLiteral("139 1234 567a") << cn;
        QTest::newRow("vanity letters") << QStringLiteral("1-800-FLOWERS") << QStringLiteral("US");
        QTest::newRow("extension") << QStringLiteral("+1 650 253 0000 ext 12") << cn;
        QTest::newRow("too short") << QStringLiteral("12") << cn;
        QTest::newRow("five digits") << QStringLiteral("12345") << cn;
        QTest::newRow("not a number") << QStringLiteral("---") << cn;
        QTest::newRow("no such country") << QStringLiteral("+999 1234 5678") << cn;
        QTest::newRow("us, no such area code")
            << QStringLiteral("(123) 253-0000") << QStringLiteral("US");
        QTest::newRow("no region, no code")
            << QStringLiteral("13912345679") << QStringLiteral("ZZ");
        QTest::newRow("empty") << QString() << cn;
    }

    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(QString, region);
        const phone::Parsed parsed = phone::parse(text, region);
        QVERIFY(!parsed.valid());
        QVERIFY(parsed.e164.isEmpty());
        QVERIFY(!parsed.error.isEmpty());
        // The reason never repeats the number (it reaches stderr and the window).
        const QString digits = QString(text).remove(QRegularExpression(QStringLiteral("\\D")));
        if (digits.size() >= 3)
            QVERIFY2(!parsed.error.contains(digits.right(4)), qPrintable(parsed.error));
    }

    void reasonsSayWhatIsWrong()
    {
        const QString cn = QStringLiteral("CN");
        QVERIFY(phone::parse(u"1391234567", cn).error.contains(QLatin1String("CN (+86)")));
        QVERIFY(phone::parse(u"139 1234 567a", cn).error.contains(QLatin1String("letters")));
        QVERIFY(phone::parse(u"+999 1234 5678", cn).error.contains(QLatin1String("country code")));
    }

    void formats()
    {
        QCOMPARE(phone::formatInternational(QStringLiteral("+8613912345679")),
                 QStringLiteral("+86 139 1234 5679"));
        QCOMPARE(phone::formatNational(QStringLiteral("+8613912345679")),
                 QStringLiteral("139 1234 5679"));
        QCOMPARE(phone::formatInternational(QStringLiteral("+16502530000")),
                 QStringLiteral("+1 650-253-0000"));
        QCOMPARE(phone::formatNational(QStringLiteral("+442079460018")),
                 QStringLiteral("020 7946 0018"));
        // Not E.164: as it is.
        QCOMPARE(phone::formatInternational(QStringLiteral("139-1234")),
                 QStringLiteral("139-1234"));
    }

    void countryCodes()
    {
        QCOMPARE(phone::countryCodeLength(u"+8613912345679"), 2);
        QCOMPARE(phone::countryCodeLength(u"+16502530000"), 1);
        QCOMPARE(phone::countryCodeLength(u"+442079460018"), 2);
        QCOMPARE(phone::countryCodeLength(u"+3531234567"), 3);
        QCOMPARE(phone::countryCodeLength(u"+86 139 1234 5679"), 0);
        QCOMPARE(phone::countryCodeLength(u"13912345679"), 0);
        QCOMPARE(phone::callingCode(u"CN"), 86);
        QCOMPARE(phone::callingCode(u"gb"), 44);
        QCOMPARE(phone::callingCode(u"XX"), 0);
        const QStringList regions = phone::supportedRegions();
        QVERIFY(regions.size() > 200);
        QVERIFY(regions.contains(QStringLiteral("CN")) && regions.contains(QStringLiteral("US")));
        QVERIFY(std::is_sorted(regions.begin(), regions.end()));
    }

    void searchForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("form");
        const QString member = QStringLiteral("+8619155852826");
        QTest::newRow("digits") << QStringLiteral("19155852826") << member;
        QTest::newRow("spaced") << QStringLiteral("191 5585 2826") << member;
        QTest::newRow("+86, dashes") << QStringLiteral("+86 191-5585-2826") << member;
        QTest::newRow("86 without +") << QStringLiteral("8619155852826") << member;
        QTest::newRow("e164") << member << member;
        QTest::newRow("a part") << QStringLiteral("5585 2826") << QStringLiteral("55852826");
        QTest::newRow("last four") << QStringLiteral("2826") << QStringLiteral("2826");
        QTest::newRow("a name") << QStringLiteral("王小明") << QString();
        QTest::newRow("digits and letters") << QStringLiteral("M0001") << QString();
        QTest::newRow("two digits") << QStringLiteral("12") << QString();
    }

    void searchForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, form);
        QCOMPARE(phone::searchForm(text, u"CN"), form);
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
