// SPDX-License-Identifier: GPL-3.0-or-later
// Phones on import: parsed and validated with libphonenumber, stored in E.164 with the source's
// form kept beside it, refused with file, row and column when they are not numbers, and matched
// across presets however each source wrote them.
#include "importfixture.h"

#include "models/store/memberlist.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace siyu;
using namespace siyu::testing;

class TestImportPhones : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Workspace> fresh()
    {
        return openWorkspace(path(QStringLiteral("ws%1.siyu").arg(++m_counter)));
    }
    Result<ImportReport> import(Workspace &ws, const QString &preset, const QByteArray &bytes,
                                bool strict = false)
    {
        ImportOptions o =
            options(preset, {writeFile(path(QStringLiteral("in%1.csv").arg(++m_counter)), bytes)});
        o.strict = strict;
        return runImport(ws, o);
    }
    QString phoneOf(Workspace &ws, const QString &memberId, const char *column = "phone")
    {
        const QVariant v = value(
            ws,
            QStringLiteral("SELECT %1 FROM members WHERE member_id = ?").arg(QLatin1String(column)),
            {memberId});
        return v.isNull() ? QStringLiteral("∅") : v.toString();
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storedInE164WithTheSourceForm_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QByteArray>("written");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("raw");
        QTest::newRow("cn spaced") << "CN" << QByteArray("+86 139 1234 5679") << "+8613912345679"
                                   << "+86 139 1234 5679";
        QTest::newRow("cn dashes") << "CN" << QByteArray("139-1234-5680") << "+8613912345680"
                                   << "139-1234-5680";
        QTest::newRow("cn 11 digits") << "CN" << QByteArray("13912345679") << "+8613912345679"
                                      << "13912345679";
        QTest::newRow("cn landline") << "CN" << QByteArray("010-6552 9988") << "+861065529988"
                                     << "010-6552 9988";
        QTest::newRow("already e164") << "CN" << QByteArray("+8613912345679") << "+8613912345679"
                                      << "∅";
        QTest::newRow("us from cn") << "CN" << QByteArray("\"+1 (650) 253-0000\"") << "+16502530000"
                                    << "+1 (650) 253-0000";
        QTest::newRow("us in us") << "US" << QByteArray("(650) 253-0000") << "+16502530000"
                                  << "(650) 253-0000";
        QTest::newRow("uk from cn") << "CN" << QByteArray("+44 20 7946 0018") << "+442079460018"
                                    << "+44 20 7946 0018";
        QTest::newRow("uk in gb") << "GB" << QByteArray("020 7946 0018") << "+442079460018"
                                  << "020 7946 0018";
    }

    void storedInE164WithTheSourceForm()
    {
        QFETCH(QString, region);
        QFETCH(QByteArray, written);
        QFETCH(QString, e164);
        QFETCH(QString, raw);
        auto ws = fresh();
        QVERIFY(settings::phoneRegion.set(*ws, region));
        auto report = import(*ws, QStringLiteral("siyu-members"),
                             "member_id,name,phone,joined_at\nM1,Ann," + written + ",2026-11-01\n");
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->summary(), QStringLiteral("read 1, inserted 1, updated 0, rejected 0"));
        QCOMPARE(phoneOf(*ws, QStringLiteral("M1")), e164);
        QCOMPARE(phoneOf(*ws, QStringLiteral("M1"), "phone_raw"), raw);
    }

    void invalidPhonesAreRowErrors_data()
    {
        QTest::addColumn<QByteArray>("written");
        QTest::addColumn<QString>("words");
        QTest::newRow("10-digit mobile") << QByteArray("1391234567") << "CN (+86)";
        QTest::newRow("letters") << QByteArray("139 1234 567a") << "letters";
        QTest::newRow("too short") << QByteArray("12345") << "phone";
        QTest::newRow("no such country") << QByteArray("+999 1234 5678") << "country code";
    }

    void invalidPhonesAreRowErrors()
    {
        QFETCH(QByteArray, written);
        QFETCH(QString, words);
        auto ws = fresh();
        const QByteArray csv = "member_id,name,phone,joined_at\n"
                               "M1,Ann,13912345679,2026-11-01\n"
                               "M2,Bob," +
                               written +
                               ",2026-11-01\n"
                               "M3,Cy,,2026-11-01\n";
        auto report = import(*ws, QStringLiteral("siyu-members"), csv);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->summary(), QStringLiteral("read 3, inserted 2, updated 0, rejected 1"));
        const Error &error = report->invalidRows.first();
        QCOMPARE(error.file, path(QStringLiteral("in%1.csv").arg(m_counter)));
        QCOMPARE(error.row, 3);
        QCOMPARE(error.column, QStringLiteral("phone"));
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("not a valid phone number")),
                 qPrintable(error.message));
        // The message masks the number as lists do.
        const QString digits =
            QString::fromLatin1(written).remove(QRegularExpression(QStringLiteral("\\D")));
        QVERIFY2(!error.message.contains(digits.left(7)), qPrintable(error.message));
        QCOMPARE(count(*ws, QStringLiteral("members"), QStringLiteral("member_id = 'M2'")), 0);
        // The rejects file says why, next to the row.
        const QByteArray rejects = readFile(error.file + QStringLiteral(".rejects.csv"));
        QVERIFY(rejects.contains("not a valid phone number"));
    }

    void strictAbortsOnAnInvalidPhone()
    {
        auto ws = fresh();
        const QByteArray before = dataDigest(*ws);
        auto report = import(*ws, QStringLiteral("siyu-members"),
                             "member_id,name,phone,joined_at\nM1,Ann,13912345679,2026-11-01\n"
                             "M2,Bob,1391234567,2026-11-01\n",
                             true);
        QVERIFY(!report);
        QCOMPARE(report.error().row, 3);
        QCOMPARE(report.error().column, QStringLiteral("phone"));
        QCOMPARE(dataDigest(*ws), before);
    }

    void theRegionIsTheWorkspaces()
    {
        // "6502530000" is no Chinese number but a US one: the setting decides.
        const QByteArray csv = "member_id,phone,joined_at\nM1,6502530000,2026-11-01\n";
        auto cn = fresh();
        auto refused = import(*cn, QStringLiteral("siyu-members"), csv);
        QVERIFY(refused);
        QCOMPARE(refused->rejected, 1);
        auto us = fresh();
        QVERIFY(settings::phoneRegion.set(*us, QStringLiteral("US")));
        auto accepted = import(*us, QStringLiteral("siyu-members"), csv);
        QVERIFY(accepted);
        QCOMPARE(accepted->inserted, 1);
        QCOMPARE(phoneOf(*us, QStringLiteral("M1")), QStringLiteral("+16502530000"));
    }

    void clearingAPhoneClearsItsSourceForm()
    {
        auto ws = fresh();
        QVERIFY(import(*ws, QStringLiteral("siyu-members"),
                       "member_id,phone,joined_at\nM1,139 1234 5679,2026-11-01\n"));
        QCOMPARE(phoneOf(*ws, QStringLiteral("M1"), "phone_raw"), QStringLiteral("139 1234 5679"));
        QVERIFY(import(*ws, QStringLiteral("siyu-members"),
                       "member_id,phone,joined_at\nM1,,2026-11-01\n"));
        QCOMPARE(phoneOf(*ws, QStringLiteral("M1")), QStringLiteral("∅"));
        QCOMPARE(phoneOf(*ws, QStringLiteral("M1"), "phone_raw"), QStringLiteral("∅"));
    }

    // A WeCom customer and a Shopify customer with the same number, written differently, are
    // one member; their phone identity is in E.164.
    void identitiesMatchAcrossFormats()
    {
        auto ws = fresh();
        const QByteArray wecom = "外部联系人ID,客户名称,添加时间,手机号\n"
                                 "wmA1,张三,2026-11-16 09:05,13912345679\n";
        auto first = import(*ws, QStringLiteral("wecom-customers"), wecom);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->inserted, 1);
        QCOMPARE(value(*ws, QStringLiteral("SELECT value FROM identities WHERE kind = 'phone'"))
                     .toString(),
                 QStringLiteral("+8613912345679"));
        const QByteArray shopify = "Customer ID,First Name,Last Name,Email,Phone\n"
                                   "7001,San,Zhang,,+86 139 1234 5679\n";
        auto second = import(*ws, QStringLiteral("shopify-customers"), shopify);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QCOMPARE(second->summary(), QStringLiteral("read 1, inserted 0, updated 1, rejected 0"));
        QCOMPARE(count(*ws, QStringLiteral("members")), 1);
        QCOMPARE(count(*ws, QStringLiteral("identities"), QStringLiteral("kind = 'shopify'")), 1);
        // An order that names the member by phone, in a third spelling, finds them too.
        const QByteArray orders =
            "Name,Email,Financial Status,Paid at,Total,Lineitem quantity,Lineitem name,"
            "Lineitem price,Phone\n"
            "#1,,paid,2026-11-17 10:00:00 +0800,10.00,1,Tea,10.00,0086-139-1234-5679\n";
        auto third = import(*ws, QStringLiteral("shopify-orders"), orders);
        QVERIFY2(third, qPrintable(third ? QString() : third.error().toString()));
        QCOMPARE(third->inserted, 1);
        QCOMPARE(count(*ws, QStringLiteral("members")), 1);
    }

    // Phones imported before they were kept in E.164 match a new import's number too.
    void phonesStoredTheOldWayStillMatch()
    {
        auto ws = fresh();
        QVERIFY(import(*ws, QStringLiteral("wecom-customers"),
                       "外部联系人ID,客户名称,添加时间,手机号\n"
                       "wmA1,张三,2026-11-16 09:05,13912345679\n"));
        QVERIFY(sql::exec(ws->db(), QStringLiteral("UPDATE members SET phone = '139 1234 5679'")));
        QVERIFY(sql::exec(ws->db(), QStringLiteral("UPDATE identities SET value = '13912345679' "
                                                   "WHERE kind = 'phone'")));
        auto report = import(*ws, QStringLiteral("shopify-customers"),
                             "Customer ID,First Name,Last Name,Email,Phone\n"
                             "7001,San,Zhang,,+86 139 1234 5679\n");
        QVERIFY(report);
        QCOMPARE(report->inserted, 0);
        QCOMPARE(count(*ws, QStringLiteral("members")), 1);
    }

    // The finding: a member imported as "191 5585 2826" was not found by "19155852826".
    void anImportedNumberIsFoundByItsDigits()
    {
        auto ws = fresh();
        QVERIFY(import(*ws, QStringLiteral("siyu-members"),
                       "member_id,name,phone,joined_at\nM1,Ann,191 5585 2826,2026-11-01\n"
                       "M2,Bob,139-1234-5680,2026-11-01\n"));
        for (const char *typed :
             {"19155852826", "191 5585 2826", "+86 191-5585-2826", "8619155852826"}) {
            MemberFilter filter;
            filter.search = QLatin1String(typed);
            QCOMPARE(memberlist::count(*ws, filter).value(), qint64(1));
        }
        MemberFilter bob;
        bob.search = QStringLiteral("13912345680");
        QCOMPARE(memberlist::count(*ws, bob).value(), qint64(1));
    }

    // An order names its buyer by email or phone: a phone that is no number is a row error when
    // nothing else names them, and is left out (not stored) beside an email.
    void ordersNamingTheBuyerByAnInvalidPhone()
    {
        auto ws = fresh();
        const QByteArray orders =
            "Name,Email,Financial Status,Paid at,Total,Lineitem quantity,Lineitem name,"
            "Lineitem price,Phone\n"
            "#1,,paid,2026-11-17 10:00:00 +0800,10.00,1,Tea,10.00,1391234567\n"
            "#2,new@example.com,paid,2026-11-17 11:00:00 +0800,12.00,1,Cup,12.00,call me\n";
        auto report = import(*ws, QStringLiteral("shopify-orders"), orders);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->summary(), QStringLiteral("read 2, inserted 1, updated 0, rejected 1"));
        const Error &error = report->invalidRows.first();
        QCOMPARE(error.row, 2);
        QCOMPARE(error.column, QStringLiteral("Phone"));
        QVERIFY2(error.message.contains(QLatin1String("CN (+86)")), qPrintable(error.message));
        QCOMPARE(value(*ws, QStringLiteral("SELECT coalesce(phone, '∅') || '|' || "
                                           "coalesce(phone_raw, '∅') FROM members"))
                     .toString(),
                 QStringLiteral("∅|∅"));
    }

    void whatsappAuthorsKnownByTheirNumber()
    {
        auto ws = fresh();
        QVERIFY(import(*ws, QStringLiteral("siyu-members"),
                       "member_id,name,phone,joined_at\nM1,Ann,13800138000,2026-11-01\n"));
        const QString chat = writeFile(path(QStringLiteral("WhatsApp Chat with Siyu Fans.txt")),
                                       "16/11/2026, 09:06 - Alice: Welcome everyone!\n"
                                       "16/11/2026, 09:07 - +86 138 0013 8000: Hi, thanks\n");
        auto report = runImport(*ws, options(QStringLiteral("whatsapp-txt"), {chat}));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        // The author is the member the canonical file knows by that phone.
        QCOMPARE(count(*ws, QStringLiteral("members")), 2);
        QCOMPARE(value(*ws, QStringLiteral("SELECT member_ref FROM identities WHERE kind = "
                                           "'whatsapp'"))
                     .toLongLong(),
                 value(*ws, QStringLiteral("SELECT id FROM members WHERE member_id = 'M1'"))
                     .toLongLong());
        QCOMPARE(value(*ws, QStringLiteral("SELECT value FROM identities WHERE kind = "
                                           "'whatsapp'"))
                     .toString(),
                 QStringLiteral("+8613800138000"));
    }
};

QTEST_GUILESS_MAIN(TestImportPhones)
#include "tst_importphones.moc"
