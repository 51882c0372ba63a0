// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/masking.h"

#include <QTest>

using namespace siyu;

class TestMasking : public QObject
{
    Q_OBJECT

private slots:
    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("mainland mobile")
            << QStringLiteral("13812345678") << QStringLiteral("138****5678");
        QTest::newRow("separators go")
            << QStringLiteral("138 1234-5678") << QStringLiteral("138****5678");
        QTest::newRow("uk") << QStringLiteral("+44 7451 002247")
                            << QStringLiteral("+44 745***2247");
        QTest::newRow("country code")
            << QStringLiteral("+86 13812345678") << QStringLiteral("+86 138****5678");
        QTest::newRow("e164") << QStringLiteral("+8613812345678")
                              << QStringLiteral("+86 138****5678");
        QTest::newRow("eight digits") << QStringLiteral("12345678") << QStringLiteral("123*5678");
        QTest::newRow("seven digits") << QStringLiteral("1234567") << QStringLiteral("*****67");
        QTest::newRow("short") << QStringLiteral("110") << QStringLiteral("*10");
        QTest::newRow("two digits") << QStringLiteral("12") << QStringLiteral("**");
        QTest::newRow("letters hidden")
            << QStringLiteral("13812345678 ext") << QStringLiteral("138****5678***");
        QTest::newRow("trimmed") << QStringLiteral("  13812345678 ")
                                 << QStringLiteral("138****5678");
        QTest::newRow("empty") << QString() << QString();
    }

    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(masking::phone(input), masked);
    }

    void phoneNeverShowsMostDigits()
    {
        const QString phone = QStringLiteral("13912348765");
        const QString masked = masking::phone(phone);
        QCOMPARE(masked.size(), phone.size());
        QVERIFY(!masked.contains(QStringLiteral("1234")));
    }

    void email_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("plain") << QStringLiteral("alice@example.com")
                               << QStringLiteral("a***@example.com");
        QTest::newRow("one letter")
            << QStringLiteral("a@example.com") << QStringLiteral("a***@example.com");
        QTest::newRow("chinese") << QStringLiteral("小明@例子.中国")
                                 << QStringLiteral("小***@例子.中国");
        QTest::newRow("no at") << QStringLiteral("alice") << QStringLiteral("a***");
        QTest::newRow("no local part")
            << QStringLiteral("@example.com") << QStringLiteral("***@example.com");
        QTest::newRow("empty") << QString() << QString();
    }

    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        QCOMPARE(masking::email(input), masked);
    }
};

QTEST_GUILESS_MAIN(TestMasking)
#include "tst_masking.moc"
