// SPDX-License-Identifier: GPL-3.0-or-later
// The import engine on Siyu's canonical files: reading (encodings, delimiters, quoting, line
// ends, title rows), values, validation and the malformed corpus, matching and re-import,
// undo and cancel.
#include "importfixture.h"

#include "models/import/csvreader.h"
#include "models/import/importhistory.h"
#include "models/import/localtimeconverter.h"
#include "models/import/textsource.h"
#include "models/import/valueparser.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace siyu;
using namespace siyu::testing;

namespace {

const QByteArray membersCsv =
    "member_id,name,remark,gender,city,phone,email,source,referrer_id,joined_at,staff,tags,"
    "consent,consent_at\n"
    "M1,张三,老客户,男,上海,13800138000,zhang@example.com,wecom,,2026-11-01 09:30,李四,VIP;茶友,"
    "yes,2026-11-01\n"
    "M2,\"Lee, Ann\",\"says \"\"hi\"\"\",F,Beijing,,,shop,M1,2026-11-02,李四,VIP,no,\n"
    "M3,Bob,,U,,,,,M2,2026-11-03T10:00:00,,,unknown,\n";

const QByteArray groupsCsv = "group_id,name,platform,owner_staff,theme,created_at,member_cap\n"
                             "G1,茶友群,wecom,李四,tea,2026-10-01,500\n"
                             "G2,Fans,telegram,,,,\n";

const QByteArray campaignsCsv =
    "campaign_id,name,objective,type,start,end,budget,target_segment\n"
    "C1,Double 11,conversion,coupon,2026-11-01,2026-11-12,\"10,000.50\",vip\n";

const QByteArray contentCsv =
    "content_id,title,kind,channel,group_id,scheduled_at,status,campaign_id,owner,reads,likes,"
    "comments,shares,clicks,conversions\n"
    "K1,Tea guide,article,wecom,G1,2026-11-05 20:00,published,C1,Ann,100,10,2,3,8,1\n";

const QByteArray eventsCsv = "member_id,type,occurred_at,group_id,content_id,campaign_id,value\n"
                             "M1,message,2026-11-05 10:00,G1,,,\n"
                             "M1,read,2026-11-05 20:10,,K1,C1,\n"
                             "M2,survey,2026-11-06 08:00,,,,4.5\n";

const QByteArray ordersCsv =
    "order_id,member_id,amount,items,paid_at,channel,campaign_id,refunded\n"
    "O1,M1,129.00,2,2026-11-11 00:05,shop,C1,0\n"
    "O2,M2,¥1299.5,1,2026-11-11 10:00,shop,,1\n";

const QByteArray membershipsCsv = "group_id,member_id,joined_at,left_at,role\n"
                                  "G1,M1,2026-10-02,,owner\n"
                                  "G1,M2,2026-10-03,2026-11-10,member\n";

const QByteArray costsCsv = "campaign_id,category,amount,incurred_at\n"
                            "C1,ads,2000,2026-11-01\n"
                            "C1,kol,500.25,2026-11-03\n";

constexpr qint64 kMissing = -999999;

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Workspace> fresh(const QString &zone = QString())
    {
        return openWorkspace(path(QStringLiteral("ws%1.siyu").arg(++m_counter)), zone);
    }
    // Imports one entity's file; fails the test on an error.
    ImportReport importOk(Workspace &ws, const QString &preset, const QByteArray &bytes,
                          const QString &name = QString())
    {
        const QString file =
            writeFile(path(name.isEmpty() ? preset + QStringLiteral(".csv") : name), bytes);
        auto report = runImport(ws, options(preset, {file}));
        if (!report)
            qWarning("%s", qPrintable(report.error().toString()));
        return report ? *report : ImportReport{};
    }
    void importAllCanonical(Workspace &ws)
    {
        importOk(ws, QStringLiteral("siyu-members"), membersCsv);
        importOk(ws, QStringLiteral("siyu-groups"), groupsCsv);
        importOk(ws, QStringLiteral("siyu-campaigns"), campaignsCsv);
        importOk(ws, QStringLiteral("siyu-content"), contentCsv);
        importOk(ws, QStringLiteral("siyu-memberships"), membershipsCsv);
        importOk(ws, QStringLiteral("siyu-events"), eventsCsv);
        importOk(ws, QStringLiteral("siyu-orders"), ordersCsv);
        importOk(ws, QStringLiteral("siyu-campaign-costs"), costsCsv);
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- values ----

    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("expected"); // UTC, empty = refused
        const int a = int(DateOrder::Auto);
        QTest::newRow("iso date") << QByteArray("2026-11-16") << a << "2026-11-16 00:00:00";
        QTest::newRow("iso minutes")
            << QByteArray("2026-11-16 09:30") << a << "2026-11-16 09:30:00";
        QTest::newRow("iso T") << QByteArray("2026-11-16T09:30:05") << a << "2026-11-16 09:30:05";
        QTest::newRow("iso Z") << QByteArray("2026-11-16T09:30:05Z") << a << "2026-11-16 09:30:05";
        QTest::newRow("offset") << QByteArray("2026-11-16 09:05:12 +0800") << a
                                << "2026-11-16 01:05:12";
        QTest::newRow("offset colon")
            << QByteArray("2026-11-16T09:05:12+08:00") << a << "2026-11-16 01:05:12";
        QTest::newRow("millis") << QByteArray("2026-11-16T09:05:12.250Z") << a
                                << "2026-11-16 09:05:12";
        QTest::newRow("slashes") << QByteArray("2026/11/16 9:05") << a << "2026-11-16 09:05:00";
        QTest::newRow("chinese") << QByteArray("2026年11月16日 09:05") << a
                                 << "2026-11-16 09:05:00";
        QTest::newRow("german short") << QByteArray("16.11.26") << a << "2026-11-16 00:00:00";
        QTest::newRow("dmy auto") << QByteArray("16/11/2026 09:05") << a << "2026-11-16 09:05:00";
        QTest::newRow("mdy auto") << QByteArray("11/16/2026") << a << "2026-11-16 00:00:00";
        QTest::newRow("ambiguous dmy") << QByteArray("03/04/2026") << a << "2026-04-03 00:00:00";
        QTest::newRow("ambiguous mdy")
            << QByteArray("03/04/2026") << int(DateOrder::MonthDayYear) << "2026-03-04 00:00:00";
        QTest::newRow("pm") << QByteArray("11/16/26, 9:05 PM") << int(DateOrder::MonthDayYear)
                            << "2026-11-16 21:05:00";
        QTest::newRow("12 am") << QByteArray("2026-11-16 12:10 am") << a << "2026-11-16 00:10:00";
        QTest::newRow("上午") << QByteArray("2026/11/16 下午3:05") << a << "2026-11-16 15:05:00";
        QTest::newRow("compact") << QByteArray("20261116") << a << "2026-11-16 00:00:00";
        QTest::newRow("month 13") << QByteArray("2026-13-01") << a << "";
        QTest::newRow("feb 30") << QByteArray("2026-02-30") << a << "";
        QTest::newRow("hour 25") << QByteArray("2026-02-01 25:00") << a << "";
        QTest::newRow("words") << QByteArray("yesterday") << a << "";
        QTest::newRow("excel serial") << QByteArray("46342.5") << a << "";
        QTest::newRow("trailing junk") << QByteArray("2026-11-16 abc") << a << "";
    }
    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, order);
        QFETCH(QString, expected);
        LocalTimeConverter utc{QTimeZone::utc()};
        const auto t = values::parseDateTime(text, utc, DateOrder(order));
        if (expected.isEmpty()) {
            QVERIFY2(!t, qPrintable(QString::number(t.value_or(0))));
            return;
        }
        QVERIFY(t);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(*t, QTimeZone::utc())
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 expected);
    }

    void localTimeFollowsTheWorkspaceZone()
    {
        LocalTimeConverter shanghai{QTimeZone("Asia/Shanghai")};
        QCOMPARE(values::parseDateTime("2026-11-16 08:00", shanghai).value_or(0),
                 QDateTime(QDate(2026, 11, 16), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        // Across a DST change: 2026-03-29 02:30 does not exist in Berlin; 03:30 is CEST.
        LocalTimeConverter berlin{QTimeZone("Europe/Berlin")};
        QCOMPARE(values::parseDateTime("2026-03-29 03:30", berlin).value_or(0),
                 QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(values::parseDateTime("2026-07-01 12:00", berlin).value_or(0),
                 QDateTime(QDate(2026, 7, 1), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void amounts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("cents"); // kMissing = refused
        QTest::newRow("whole") << QByteArray("12") << qint64(1200);
        QTest::newRow("one decimal") << QByteArray("12.5") << qint64(1250);
        QTest::newRow("two decimals") << QByteArray("0.07") << qint64(7);
        QTest::newRow("yuan") << QByteArray("¥1,234.50") << qint64(123450);
        QTest::newRow("fullwidth yuan") << QByteArray("￥88") << qint64(8800);
        QTest::newRow("dollar space") << QByteArray("$ 9.99") << qint64(999);
        QTest::newRow("trailing zero") << QByteArray("1.500") << qint64(150);
        QTest::newRow("negative") << QByteArray("-3.07") << qint64(-307);
        QTest::newRow("sub cent") << QByteArray("1.234") << kMissing;
        QTest::newRow("words") << QByteArray("ten") << kMissing;
        QTest::newRow("scientific") << QByteArray("1.2E+3") << kMissing;
        QTest::newRow("decimal comma") << QByteArray("12,5") << qint64(1250);
        QTest::newRow("german") << QByteArray("1.234,56") << qint64(123456);
        QTest::newRow("ambiguous comma") << QByteArray("1,234") << kMissing;
        QTest::newRow("largest") << QByteArray("9999999999.99") << qint64(999999999999);
        QTest::newRow("one cent more") << QByteArray("10000000000.00") << kMissing;
        QTest::newRow("int64 cents") << QByteArray("92233720368547758.07") << kMissing;
        QTest::newRow("int64 cents + 1") << QByteArray("92233720368547758.08") << kMissing;
        QTest::newRow("fifteen digits") << QByteArray("999999999999999") << kMissing;
    }
    void amounts()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, cents);
        const auto parsed = values::parseCents(text);
        if (cents == kMissing)
            QVERIFY(!parsed);
        else
            QCOMPARE(parsed.value_or(kMissing), cents);
    }

    void smallValues()
    {
        QCOMPARE(values::parseGender("男").value_or('?'), 'M');
        QCOMPARE(values::parseGender(" female ").value_or('?'), 'F');
        QCOMPARE(values::parseGender("未知").value_or('?'), 'U');
        QVERIFY(!values::parseGender("x"));
        QCOMPARE(QByteArray(values::parseConsent("是").value_or("?")), QByteArray("yes"));
        QCOMPARE(QByteArray(values::parseConsent("unsubscribed").value_or("?")), QByteArray("no"));
        QVERIFY(!values::excelMangling("=\"0123\"").isEmpty());
        QVERIFY(!values::excelMangling("1.23E+17").isEmpty());
        QVERIFY(!values::excelMangling("8.61381E+12").isEmpty());
        QVERIFY(values::excelMangling("0123").isEmpty());
        QVERIFY(values::excelMangling("E12").isEmpty());
        QCOMPARE(values::normalizePhone("+86 138-0013-8000"), QByteArray("13800138000"));
        QCOMPARE(values::normalizeEmail(" Ann@Example.COM "), QByteArray("ann@example.com"));
        std::vector<QByteArrayView> parts;
        values::ListSplitter(u",;、|").split("VIP、茶友; 新客 |VIP,,", parts);
        QCOMPARE(int(parts.size()), 3);
        QCOMPARE(parts[1], QByteArrayView("茶友"));
        QCOMPARE(values::parseCount("1,234").value_or(-1), 1234);
        QVERIFY(!values::parseCount("12,34"));
        QVERIFY(!values::parseCount("-1"));
        bool tooLarge = true;
        QCOMPARE(values::parseCount("999,999,999,999", &tooLarge).value_or(-1), values::maxCount);
        QVERIFY(!tooLarge);
        QVERIFY(!values::parseCount("1000000000000", &tooLarge));
        QVERIFY(tooLarge);
        QVERIFY(!values::parseCount("99999999999999999999x", &tooLarge));
        QVERIFY(!tooLarge);
    }

    // ---- reading ----

    void encodings_data()
    {
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("expected");
        QTest::newRow("utf-8") << "UTF-8"
                               << "UTF-8";
        QTest::newRow("utf-8 bom") << "UTF-8 BOM"
                                   << "UTF-8";
        QTest::newRow("gb18030") << "GB18030"
                                 << "GB18030";
        QTest::newRow("utf-16le bom") << "UTF-16LE"
                                      << "UTF-16LE";
        QTest::newRow("utf-16be bom") << "UTF-16BE"
                                      << "UTF-16BE";
    }
    void encodings()
    {
        QFETCH(QString, encoding);
        QFETCH(QString, expected);
        const QString text = QString::fromUtf8(membersCsv);
        QByteArray bytes;
        if (encoding == QLatin1String("UTF-8"))
            bytes = text.toUtf8();
        else if (encoding == QLatin1String("UTF-8 BOM"))
            bytes = "\xEF\xBB\xBF" + text.toUtf8();
        else if (encoding == QLatin1String("GB18030"))
            bytes = encode(text, "GB18030");
        else if (encoding == QLatin1String("UTF-16LE"))
            bytes = "\xFF\xFE" + encode(text, "UTF-16LE");
        else
            bytes = "\xFE\xFF" + encode(text, "UTF-16BE");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        auto source = TextSource::fromDevice(&buffer, QStringLiteral("test"));
        QVERIFY(source);
        QCOMPARE(encodingName((*source)->encoding()), expected);

        auto ws = fresh();
        const ImportReport report = importOk(*ws, QStringLiteral("siyu-members"), bytes,
                                             QStringLiteral("enc-%1.csv").arg(m_counter));
        QCOMPARE(report.summary(), QStringLiteral("read 3, inserted 3, updated 0, rejected 0"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT name FROM members WHERE member_id = 'M1'"))
                     .toString(),
                 QStringLiteral("张三"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT remark FROM members WHERE member_id = 'M2'"))
                     .toString(),
                 QStringLiteral("says \"hi\""));
    }

    // The detector keeps a damaged UTF-8 file UTF-8 (wherever the damage is) and still tells
    // GB18030 apart, short or long.
    void damagedUtf8IsStillUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ascii and one overlong") << QByteArray("id,name\nN1,B\xC0\xAF\n") << "UTF-8";
        QTest::newRow("ascii and one surrogate")
            << QByteArray("id,name\nN1,B\xED\xA0\x80\n") << "UTF-8";
        QTest::newRow("cut at the end") << QByteArray("id,name\nN1,张\xE4\xB8") << "UTF-8";
        QTest::newRow("one lone byte among chinese")
            << QByteArray("id,name\nN1,张三\nN2,李\xE5\nN3,王五\n") << "UTF-8";
        QTest::newRow("gb18030 names")
            << encode(QStringLiteral("id,name\nN1,张三\nN2,李四\n"), "GB18030") << "GB18030";
        QTest::newRow("gb18030 one name")
            << encode(QStringLiteral("id,name\nN1,陈\n"), "GB18030") << "GB18030";
        QTest::newRow("gb18030 cut at the end")
            << encode(QStringLiteral("id,name\nN1,张三\nN2,李四\n"), "GB18030").chopped(2) + "\xD5"
            << "GB18030";
    }
    void damagedUtf8IsStillUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const EncodingGuess guess = guessEncoding(bytes, true);
        QVERIFY(!guess.binary);
        QCOMPARE(encodingName(guess.encoding), expected);
    }

    // The sample is the first megabyte: a NUL after it, and a cut character at its edge, are
    // handled as they are inside it, as a row error naming the column.
    void damageAfterTheFirstMegabyte()
    {
        QByteArray bytes("member_id,name,joined_at\n");
        int rows = 1;
        while (bytes.size() <= TextSource::sampleSize + 100)
            bytes += "N" + QByteArray::number(++rows) + ",名字" + ",2026-11-01\n";
        bytes += QByteArray("NX,Bo") + '\0' + QByteArray("b,2026-11-02\n");
        bytes += "NY,Li\xC0\xAF,2026-11-02\n";
        auto ws = fresh();
        const QString file = writeFile(path(QStringLiteral("nul-late.csv")), bytes);
        auto report = runImport(*ws, options(QStringLiteral("siyu-members"), {file}));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->inserted, rows - 1);
        QCOMPARE(report->invalidRows.size(), 2);
        QCOMPARE(report->invalidRows.at(0).row, qint64(rows + 1));
        QCOMPARE(report->invalidRows.at(0).column, QStringLiteral("name"));
        QVERIFY(report->invalidRows.at(0).message.contains(QLatin1String("NUL")));
        QCOMPARE(report->invalidRows.at(1).row, qint64(rows + 2));
        QVERIFY(report->invalidRows.at(1).message.contains(QLatin1String("UTF-8")));
        QCOMPARE(count(*ws, QStringLiteral("members"), QStringLiteral("instr(name, char(0)) > 0")),
                 0);
        QCOMPARE(count(*ws, QStringLiteral("members"), QStringLiteral("name = '名字'")), rows - 1);
    }

    // Amounts as they are stored: decimal commas and thousands separators by the one rule.
    void amountsAreStoredExactly()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), "member_id,joined_at\nM1,2026-10-01\n",
                 QStringLiteral("amount-members.csv"));
        const ImportReport report =
            importOk(*ws, QStringLiteral("siyu-orders"),
                     "order_id,member_id,amount,paid_at\nO1,M1,\"12,5\",2026-11-01\n"
                     "O2,M1,\"1.234,56\",2026-11-01\nO3,M1,\"1,234.50\",2026-11-01\n"
                     "O4,M1,1 234,2026-11-01\nO5,M1,9999999999.99,2026-11-01\n",
                     QStringLiteral("amount-orders.csv"));
        QCOMPARE(report.summary(), QStringLiteral("read 5, inserted 5, updated 0, rejected 0"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT group_concat(amount_cents, ' ') FROM (SELECT "
                                           "amount_cents FROM orders ORDER BY order_id)"))
                     .toString(),
                 QStringLiteral("1250 123456 123450 123400 999999999999"));
    }

    void encodingCanBeForced()
    {
        // Short GBK text is valid UTF-8 by accident rarely; forcing the encoding always works.
        const QByteArray gbk = encode(QString::fromUtf8(membersCsv), "GB18030");
        auto ws = fresh();
        ImportOptions o = options(QStringLiteral("siyu-members"),
                                  {writeFile(path(QStringLiteral("forced.csv")), gbk)});
        o.read.encoding = TextEncoding::Gb18030;
        auto report = runImport(*ws, o);
        QVERIFY(report);
        QCOMPARE(report->inserted, 3);
        // Read as UTF-8, the same bytes are refused row by row, naming the column.
        auto ws2 = fresh();
        o.read.encoding = TextEncoding::Utf8;
        report = runImport(*ws2, o);
        QVERIFY(report);
        QVERIFY(report->rejected > 0);
        QVERIFY(report->invalidRows.first().message.contains(QLatin1String("UTF-8")));
        QVERIFY(!report->invalidRows.first().column.isEmpty());
    }

    void delimiters_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::newRow("comma") << ',';
        QTest::newRow("semicolon") << ';';
        QTest::newRow("tab") << '\t';
        QTest::newRow("pipe") << '|';
    }
    void delimiters()
    {
        QFETCH(char, delimiter);
        QByteArray bytes = "member_id,name,joined_at,tags\nM1,\"Ann, Li\",2026-11-01,a\n"
                           "M2,Bob,2026-11-02,\nM3,Cy,2026-11-03,c\n";
        if (delimiter != ',') {
            bytes.replace(',', delimiter);
            bytes.replace(QByteArray(QByteArray("Ann") + delimiter + " Li"), QByteArray("Ann, Li"));
        }
        QCOMPARE(CsvReader::sniffDelimiter(bytes), delimiter);
        auto ws = fresh();
        const ImportReport report = importOk(*ws, QStringLiteral("siyu-members"), bytes,
                                             QStringLiteral("delim%1.csv").arg(m_counter));
        QCOMPARE(report.inserted, 3);
        QCOMPARE(value(*ws, QStringLiteral("SELECT name FROM members WHERE member_id = 'M1'"))
                     .toString(),
                 QStringLiteral("Ann, Li"));
        QCOMPARE(count(*ws, QStringLiteral("member_tags")), 2);
    }

    void lineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray(
            "member_id,name,joined_at\nM1,A,2026-11-01\nM2,B,2026-11-02\n");
        QTest::newRow("CRLF") << QByteArray(
            "member_id,name,joined_at\r\nM1,A,2026-11-01\r\nM2,B,2026-11-02\r\n");
        QTest::newRow("CR") << QByteArray(
            "member_id,name,joined_at\rM1,A,2026-11-01\rM2,B,2026-11-02\r");
        QTest::newRow("mixed") << QByteArray(
            "member_id,name,joined_at\r\nM1,A,2026-11-01\rM2,B,2026-11-02\n\n");
        QTest::newRow("no final line end")
            << QByteArray("member_id,name,joined_at\nM1,A,2026-11-01\nM2,B,2026-11-02");
    }
    void lineEnds()
    {
        QFETCH(QByteArray, bytes);
        auto ws = fresh();
        const ImportReport report = importOk(*ws, QStringLiteral("siyu-members"), bytes,
                                             QStringLiteral("ends%1.csv").arg(m_counter));
        QCOMPARE(report.summary(), QStringLiteral("read 2, inserted 2, updated 0, rejected 0"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT name FROM members WHERE member_id = 'M2'"))
                     .toString(),
                 QStringLiteral("B"));
    }

    void quotedFieldsWithLineBreaks()
    {
        const QByteArray bytes = "member_id,remark,joined_at\r\n"
                                 "M1,\"line one\r\nline two, with \"\"quotes\"\"\",2026-11-01\r\n"
                                 "M2,\"\",2026-11-02\r\n"
                                 "M3,x,not a date\r\n";
        auto ws = fresh();
        const ImportReport report = importOk(*ws, QStringLiteral("siyu-members"), bytes);
        QCOMPARE(report.inserted, 2);
        QCOMPARE(value(*ws, QStringLiteral("SELECT remark FROM members WHERE member_id = 'M1'"))
                     .toString(),
                 QStringLiteral("line one\r\nline two, with \"quotes\""));
        // Rows are records (as a spreadsheet numbers them), not lines.
        QCOMPARE(report.invalidRows.size(), 1);
        QCOMPARE(report.invalidRows.first().row, 4);
        QCOMPARE(report.invalidRows.first().column, QStringLiteral("joined_at"));
    }

    void titleRowsAboveTheHeader()
    {
        const QByteArray bytes = "Members export,,\n"
                                 "exported 2026-11-20,,\n"
                                 ",,\n"
                                 "member_id,name,joined_at\n"
                                 "M1,A,2026-11-01\n"
                                 "M2,B,2026-13-01\n";
        auto ws = fresh();
        const ImportReport report = importOk(*ws, QStringLiteral("siyu-members"), bytes);
        QCOMPARE(report.inserted, 1);
        QCOMPARE(report.invalidRows.first().row, 6);
        QVERIFY(report.sources.first().contains(QLatin1String("header on row 4")));
    }

    void longFileStreams()
    {
        // Larger than the reader's chunks, with a quoted line break across a chunk boundary.
        QByteArray bytes = "member_id,remark,joined_at\n";
        for (int i = 0; i < 120000; ++i)
            bytes += "M" + QByteArray::number(i) + ",\"a\nb " + QByteArray(i % 50, 'x') +
                     "\",2026-11-01 10:00\n";
        auto ws = fresh();
        const ImportReport report = importOk(*ws, QStringLiteral("siyu-members"), bytes);
        QCOMPARE(report.inserted, 120000);
        QCOMPARE(report.rejected, 0);
        QCOMPARE(value(*ws, QStringLiteral("SELECT remark FROM members WHERE member_id = "
                                           "'M119999'"))
                     .toString(),
                 QStringLiteral("a\nb ") + QString(119999 % 50, QLatin1Char('x')));
        // Indexes dropped for the bulk write are back.
        QCOMPARE(value(*ws, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                           "'index' AND name = 'members_joined'"))
                     .toInt(),
                 1);
    }

    void manyEventsForFewMembers()
    {
        // More events than members: the members' indexes over the lifecycle columns are built
        // again after the refresh rather than updated member by member. The same indexes are
        // back, with the refreshed values in them, and undo takes the batch back.
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const QString indexesSql = QStringLiteral(
            "SELECT group_concat(name || ':' || sql, '|') FROM (SELECT name, sql FROM "
            "sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)");
        const QString indexes = value(*ws, indexesSql).toString();
        const QByteArray before = dataDigest(*ws);
        QByteArray bytes = "member_id,type,occurred_at\n";
        for (int i = 0; i < 3000; ++i)
            bytes += "M" + QByteArray::number(1 + i % 3) + ",read,2026-11-10 10:00\n";
        const ImportReport report =
            importOk(*ws, QStringLiteral("siyu-events"), bytes, QStringLiteral("events.csv"));
        QCOMPARE(report.inserted, 3000);
        QCOMPARE(value(*ws, indexesSql).toString(), indexes);
        QCOMPARE(value(*ws, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT count(*) FROM members INDEXED BY "
                                           "members_live_active WHERE last_active_at IS NOT "
                                           "NULL AND deleted_at IS NULL"))
                     .toInt(),
                 3);
        auto undone = ImportHistory::undo(*ws, report.batch, importNow);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(dataDigest(*ws), before);
    }

    // ---- canonical files ----

    void everyCanonicalEntity()
    {
        auto ws = fresh(QStringLiteral("Asia/Shanghai"));
        importAllCanonical(*ws);
        QCOMPARE(count(*ws, QStringLiteral("members")), 3);
        QCOMPARE(count(*ws, QStringLiteral("groups")), 2);
        QCOMPARE(count(*ws, QStringLiteral("memberships")), 2);
        QCOMPARE(count(*ws, QStringLiteral("events")), 3);
        QCOMPARE(count(*ws, QStringLiteral("orders")), 2);
        QCOMPARE(count(*ws, QStringLiteral("content")), 1);
        QCOMPARE(count(*ws, QStringLiteral("campaigns")), 1);
        QCOMPARE(count(*ws, QStringLiteral("campaign_costs")), 2);
        QCOMPARE(count(*ws, QStringLiteral("staff")), 1);
        QCOMPARE(count(*ws, QStringLiteral("tags")), 2);
        QCOMPARE(count(*ws, QStringLiteral("member_tags")), 3);
        // Times are local to the workspace (Shanghai, UTC+8), stored as UTC epoch seconds.
        QCOMPARE(value(*ws, QStringLiteral("SELECT joined_at FROM members WHERE member_id='M1'"))
                     .toLongLong(),
                 QDateTime(QDate(2026, 11, 1), QTime(1, 30), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(value(*ws, QStringLiteral("SELECT amount_cents FROM orders WHERE order_id='O2'"))
                     .toLongLong(),
                 129950);
        QCOMPARE(value(*ws, QStringLiteral("SELECT budget_cents FROM campaigns")).toLongLong(),
                 1000050);
        QCOMPARE(
            value(*ws, QStringLiteral("SELECT referrer_ref FROM members WHERE member_id='M3'")),
            value(*ws, QStringLiteral("SELECT id FROM members WHERE member_id='M2'")));
        QCOMPARE(
            value(*ws, QStringLiteral("SELECT value FROM events WHERE type='survey'")).toDouble(),
            4.5);
        QCOMPARE(value(*ws, QStringLiteral("SELECT gender || consent FROM members WHERE "
                                           "member_id='M1'"))
                     .toString(),
                 QStringLiteral("Myes"));
        // The lifecycle data was refreshed: M1 has paid orders.
        QCOMPARE(value(*ws, QStringLiteral("SELECT paid_orders FROM members WHERE "
                                           "member_id='M1'"))
                     .toInt(),
                 1);
        // SQLite's own foreign-key checks, off while the import writes, are on again.
        QCOMPARE(value(*ws, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(!value(*ws, QStringLiteral("PRAGMA foreign_key_check")).isValid());
        // CHECK constraints, which the import's own validation stands for while it writes, and
        // the page cache, grown for it, are as they were.
        QCOMPARE(value(*ws, QStringLiteral("PRAGMA ignore_check_constraints")).toInt(), 0);
        QCOMPARE(value(*ws, QStringLiteral("PRAGMA cache_size")).toInt(), -65536);
        QVERIFY(!sql::exec(ws->db(), QStringLiteral("UPDATE events SET type = 'teleport'")).ok());
        const auto batches = ImportHistory::batches(*ws);
        QVERIFY(batches);
        QCOMPARE(batches->size(), 8);
        QCOMPARE(batches->first().preset, QStringLiteral("siyu-members"));
        QCOMPARE(batches->first().inserted, 3);
    }

    void importExportImportChangesNothing()
    {
        auto ws = fresh(QStringLiteral("Asia/Shanghai"));
        importAllCanonical(*ws);
        const QByteArray before = dataDigest(*ws);
        for (const char *entity : {"members", "groups", "campaigns", "content", "memberships",
                                   "events", "orders", "campaign_costs"}) {
            const QString name = QLatin1String(entity);
            const QByteArray exported = exportCanonical(*ws, name);
            QString preset = QStringLiteral("siyu-") + name;
            preset.replace(QLatin1Char('_'), QLatin1Char('-'));
            const ImportReport again =
                importOk(*ws, preset, exported, QStringLiteral("export-%1.csv").arg(name));
            QCOMPARE(again.inserted, 0);
            QCOMPARE(again.rejected, 0);
            QCOMPARE(again.updated, again.read);
            QCOMPARE(again.unchanged, again.read);
        }
        QCOMPARE(dataDigest(*ws), before);
    }

    void sameKeyUpdates()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const ImportReport report = importOk(*ws, QStringLiteral("siyu-members"),
                                             "member_id,name,joined_at,tags,city\nM1,张三丰,2026-"
                                             "11-01 09:30,茶友,\nM9,New,2026-11-20,,\n",
                                             QStringLiteral("update.csv"));
        QCOMPARE(report.summary(), QStringLiteral("read 2, inserted 1, updated 1, rejected 0"));
        QCOMPARE(count(*ws, QStringLiteral("members")), 4);
        QCOMPARE(
            value(*ws, QStringLiteral("SELECT name FROM members WHERE member_id='M1'")).toString(),
            QStringLiteral("张三丰"));
        // An empty cell of Siyu's own file clears the value; absent columns keep theirs.
        QVERIFY(
            value(*ws, QStringLiteral("SELECT city FROM members WHERE member_id='M1'")).isNull());
        QCOMPARE(value(*ws, QStringLiteral("SELECT remark FROM members WHERE member_id='M1'"))
                     .toString(),
                 QStringLiteral("老客户"));
        // A tags column replaces the member's tags.
        QCOMPARE(value(*ws, QStringLiteral("SELECT group_concat(t.name) FROM member_tags mt JOIN "
                                           "tags t ON t.id = mt.tag_ref JOIN members m ON m.id = "
                                           "mt.member_ref WHERE m.member_id='M1'"))
                     .toString(),
                 QStringLiteral("茶友"));
    }

    void referencesArrivingLaterInTheSameImport()
    {
        auto ws = fresh();
        const ImportReport report =
            importOk(*ws, QStringLiteral("siyu-members"),
                     "member_id,referrer_id,joined_at\nA,B,2026-11-01\nB,C,2026-11-01\n"
                     "C,,2026-11-01\nD,X,2026-11-01\n");
        QCOMPARE(report.summary(), QStringLiteral("read 4, inserted 3, updated 0, rejected 1"));
        QCOMPARE(report.invalidRows.first().row, 5);
        QCOMPARE(report.invalidRows.first().column, QStringLiteral("referrer_id"));
        QCOMPARE(value(*ws, QStringLiteral("SELECT r.member_id FROM members m JOIN members r ON "
                                           "r.id = m.referrer_ref WHERE m.member_id = 'A'"))
                     .toString(),
                 QStringLiteral("B"));
    }

    void unknownReferencesAreInvalid()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const ImportReport report = importOk(*ws, QStringLiteral("siyu-events"),
                                             "member_id,type,occurred_at,group_id\nM1,message,2026-"
                                             "11-05,G404\nM404,like,2026-11-05,\n"
                                             "M2,wave,2026-11-05,\nM3,like,2026-11-05,\n");
        QCOMPARE(report.summary(), QStringLiteral("read 4, inserted 1, updated 0, rejected 3"));
        QCOMPARE(report.invalidRows.at(0).column, QStringLiteral("group_id"));
        QCOMPARE(report.invalidRows.at(1).column, QStringLiteral("member_id"));
        QCOMPARE(report.invalidRows.at(2).column, QStringLiteral("type"));
        QVERIFY(report.invalidRows.at(1).message.contains(QLatin1String("M404")));
        // The rejects file: the original columns plus the reason.
        const QByteArray rejects = readFile(report.rejectFiles.value(0));
        QVERIFY(rejects.startsWith("member_id,type,occurred_at,group_id,reason\n"));
        QVERIFY(rejects.contains("M404,like,2026-11-05,,column member_id:"));
    }

    void eventsAreNotDuplicated()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const QByteArray events = "member_id,type,occurred_at,value\n"
                                  "M1,message,2026-11-05 10:00,\nM2,survey,2026-11-06,4.5\n";
        QCOMPARE(importOk(*ws, QStringLiteral("siyu-events"), events).inserted, 2);
        const ImportReport again =
            importOk(*ws, QStringLiteral("siyu-events"),
                     events + "M2,survey,2026-11-06,5\nM3,like,2026-11-07 08:00,\n",
                     QStringLiteral("events-again.csv"));
        QCOMPARE(again.summary(), QStringLiteral("read 4, inserted 2, updated 2, rejected 0"));
        QCOMPARE(count(*ws, QStringLiteral("events")), 4);
    }

    void duplicateKeysInOneFile()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const ImportReport orders = importOk(*ws, QStringLiteral("siyu-orders"),
                                             "order_id,member_id,amount,paid_at\n"
                                             "O1,M1,10,2026-11-01\nO2,M1,11,2026-11-01\n"
                                             "O1,M2,12,2026-11-02\n",
                                             QStringLiteral("dup.csv"));
        QCOMPARE(orders.summary(), QStringLiteral("read 3, inserted 2, updated 0, rejected 1"));
        const Error &error = orders.invalidRows.first();
        QCOMPARE(error.row, 4);
        QCOMPARE(error.column, QStringLiteral("order_id"));
        QVERIFY(error.message.contains(QLatin1String("row 2")));
    }

    void strictImportsNothing()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const QByteArray before = dataDigest(*ws);
        ImportOptions o = options(QStringLiteral("siyu-orders"),
                                  {writeFile(path(QStringLiteral("strict.csv")),
                                             "order_id,member_id,amount,paid_at\n"
                                             "O1,M1,10,2026-11-01\nO2,M1,-5,2026-11-01\n")});
        o.strict = true;
        auto report = runImport(*ws, o);
        QVERIFY(!report);
        QCOMPARE(report.error().row, 3);
        QCOMPARE(report.error().column, QStringLiteral("amount"));
        QVERIFY(report.error().toString().startsWith(path(QStringLiteral("strict.csv"))));
        QCOMPARE(dataDigest(*ws), before);
        QVERIFY(!QFile::exists(path(QStringLiteral("strict.csv.rejects.csv"))));
        QCOMPARE(count(*ws, QStringLiteral("import_batches")), 1);
    }

    void requiredColumnMissing()
    {
        auto ws = fresh();
        const QByteArray before = dataDigest(*ws);
        auto report = runImport(*ws, options(QStringLiteral("siyu-members"),
                                             {writeFile(path(QStringLiteral("nojoin.csv")),
                                                        "member_id,name,colour\nM1,A,red\n")}));
        QVERIFY(!report);
        QCOMPARE(report.error().column, QStringLiteral("joined_at"));
        QVERIFY(report.error().message.contains(QLatin1String("missing")));
        QCOMPARE(dataDigest(*ws), before);
    }

    void unknownColumnsAreIgnoredWithAWarning()
    {
        auto ws = fresh();
        const ImportReport report =
            importOk(*ws, QStringLiteral("siyu-members"),
                     "member_id,colour,joined_at,shoe size\nM1,red,2026-11-01,42\n");
        QCOMPARE(report.inserted, 1);
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY(report.warnings.first().contains(QLatin1String("colour, shoe size")));
    }

    // ---- the malformed corpus ----

    void malformed_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("fatal");     // the whole import fails
        QTest::addColumn<qint64>("row");     // of the (first) error; 0 = none
        QTest::addColumn<QString>("column"); // of the (first) error
        QTest::addColumn<QString>("words");  // in the message
        QTest::addColumn<int>("inserted");
        const QString members = QStringLiteral("siyu-members");
        const QString orders = QStringLiteral("siyu-orders");
        QTest::newRow("unterminated quote")
            << members
            << QByteArray("member_id,name,joined_at\nN1,\"Ann,2026-11-01\nN2,B,2026-11-02\n")
            << true << qint64(2) << "name"
            << "never closed" << 0;
        QTest::newRow("ragged row")
            << members
            << QByteArray("member_id,name,joined_at\nN1,A,2026-11-01\nN2,B\n"
                          "N3,C,2026-11-01,extra\n")
            << false << qint64(3) << "joined_at"
            << "fields" << 1;
        QTest::newRow("invalid date")
            << members << QByteArray("member_id,joined_at\nN1,2026-11-01\nN2,31/02/2026\n") << false
            << qint64(3) << "joined_at"
            << "not a date" << 1;
        QTest::newRow("non-numeric amount")
            << orders
            << QByteArray("order_id,member_id,amount,paid_at\nO1,M1,12.5,2026-11-01\nO2,M1,twelve,"
                          "2026-11-01\n")
            << false << qint64(3) << "amount"
            << "not an amount" << 1;
        QTest::newRow("negative amount")
            << orders << QByteArray("order_id,member_id,amount,paid_at\nO1,M1,-12.5,2026-11-01\n")
            << false << qint64(2) << "amount"
            << "negative" << 0;
        QTest::newRow("ambiguous amount")
            << orders
            << QByteArray("order_id,member_id,amount,paid_at\nO1,M1,\"12,5\",2026-11-01\n"
                          "O2,M1,\"1,234\",2026-11-01\n")
            << false << qint64(3) << "amount"
            << "ambiguous" << 1;
        QTest::newRow("amount beyond the largest")
            << orders
            << QByteArray("order_id,member_id,amount,paid_at\nO1,M1,9999999999.99,2026-11-01\n"
                          "O2,M1,10000000000.00,2026-11-01\n")
            << false << qint64(3) << "amount"
            << "larger than the largest amount" << 1;
        QTest::newRow("amount beyond int64 cents")
            << orders
            << QByteArray("order_id,member_id,amount,paid_at\nO1,M1,92233720368547758.08,"
                          "2026-11-01\n")
            << false << qint64(2) << "amount"
            << "larger than the largest amount" << 0;
        // The quantities of an order's line items are summed: no sum of them may overflow.
        QTest::newRow("summed quantities beyond the largest")
            << QStringLiteral("shopify-orders")
            << QByteArray("Name,Email,Paid at,Total,Lineitem quantity\n"
                          "#1,a@example.com,2026-11-16 09:05:12,1.00,5000000000000000000\n"
                          "#1,,,,5000000000000000000\n")
            << false << qint64(2) << "Lineitem quantity"
            << "larger than the largest number" << 0;
        QTest::newRow("one overlong utf-8 sequence")
            << members
            << QByteArray("member_id,name,joined_at\nN1,Ann,2026-11-01\nN2,B\xC0\xAFo,2026-11-02\n"
                          "N3,Cy,2026-11-03\n")
            << false << qint64(3) << "name"
            << "UTF-8" << 2;
        QTest::newRow("one broken character among many")
            << members
            << QByteArray("member_id,name,joined_at\nN1,张三,2026-11-01\nN2,李\xE5\xA5,2026-11-02\n"
                          "N3,王五,2026-11-03\n")
            << false << qint64(3) << "name"
            << "UTF-8" << 2;
        QTest::newRow("last character cut off")
            << members
            << QByteArray("member_id,joined_at,name\nN1,2026-11-01,张三\nN2,2026-11-02,李\xE5\xA5")
            << false << qint64(3) << "name"
            << "UTF-8" << 1;
        QTest::newRow("nul in a name")
            << members
            << QByteArray("member_id,name,joined_at\nN1,Ann,2026-11-01\nN2,Bo") + '\0' +
                   QByteArray("b,2026-11-02\n")
            << false << qint64(3) << "name"
            << "NUL" << 1;
        QTest::newRow("duplicate keys")
            << members << QByteArray("member_id,joined_at\nN1,2026-11-01\nN1,2026-11-02\n") << false
            << qint64(3) << "member_id"
            << "duplicate" << 1;
        QTest::newRow("unknown reference")
            << orders << QByteArray("order_id,member_id,amount,paid_at\nO1,M404,1,2026-11-01\n")
            << false << qint64(2) << "member_id"
            << "M404" << 0;
        QTest::newRow("excel mangled key")
            << members
            << QByteArray("member_id,joined_at\n=\"0123\",2026-11-01\n1.23E+17,2026-11-01\n")
            << false << qint64(2) << "member_id"
            << "Excel" << 0;
        QTest::newRow("empty file") << members << QByteArray() << true << qint64(0) << ""
                                    << "empty" << 0;
        QTest::newRow("header only")
            << members << QByteArray("member_id,name,joined_at\r\n") << false << qint64(0) << ""
            << "" << 0;
        QByteArray junk(4096, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) % 256);
        QTest::newRow("binary junk") << members << junk << true << qint64(0) << ""
                                     << "not a text" << 0;
        QTest::newRow("10 MB line") << members
                                    << QByteArray("member_id,name,joined_at\nN1,A,2026-11-01\n" +
                                                  QByteArray(10 << 20, 'z') + "\nN2,B,2026-11-02\n")
                                    << false << qint64(3) << "name"
                                    << "fields" << 2;
        QTest::newRow("mixed line ends")
            << members
            << QByteArray("member_id,joined_at\r\nN1,2026-11-01\rN2,2026-11-01\nN3,x\r\n") << false
            << qint64(4) << "joined_at"
            << "not a date" << 2;
    }
    void malformed()
    {
        QFETCH(QString, preset);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, fatal);
        QFETCH(qint64, row);
        QFETCH(QString, column);
        QFETCH(QString, words);
        QFETCH(int, inserted);
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), "member_id,joined_at\nM1,2026-10-01\n",
                 QStringLiteral("base%1.csv").arg(m_counter));
        const QByteArray before = dataDigest(*ws);
        const QString file = writeFile(path(QStringLiteral("bad%1.csv").arg(m_counter)), bytes);
        auto report = runImport(*ws, options(preset, {file}));
        if (fatal) {
            QVERIFY(!report);
            QCOMPARE(report.error().row, row);
            QCOMPARE(report.error().column, column);
            QVERIFY2(report.error().message.contains(words), qPrintable(report.error().message));
            QCOMPARE(dataDigest(*ws), before);
            return;
        }
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(int(report->inserted), inserted);
        if (row == 0) {
            QCOMPARE(report->read, 0);
            QCOMPARE(report->batch, 0);
            QCOMPARE(dataDigest(*ws), before);
            return;
        }
        QVERIFY(!report->invalidRows.isEmpty());
        const Error &error = report->invalidRows.first();
        QCOMPARE(error.row, row);
        QCOMPARE(error.column, column);
        QVERIFY2(error.message.contains(words), qPrintable(error.message));
        QCOMPARE(error.file, file);
        if (inserted == 0) {
            QCOMPARE(report->batch, 0);
            QCOMPARE(dataDigest(*ws), before);
        }
        QVERIFY(QFile::exists(file + QStringLiteral(".rejects.csv")));
    }

    // ---- undo, cancel, dry run ----

    void undoRestoresExactly()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        importOk(*ws, QStringLiteral("siyu-groups"), groupsCsv);
        const QByteArray before = dataDigest(*ws);
        const ImportReport report = importOk(
            *ws, QStringLiteral("siyu-members"),
            "member_id,name,staff,tags,referrer_id,joined_at\n"
            "M1,Changed,New Staff,NewTag,M4,2026-11-01\nM4,Four,New Staff,NewTag;VIP,,2026-11-04\n",
            QStringLiteral("to-undo.csv"));
        QCOMPARE(report.summary(), QStringLiteral("read 2, inserted 1, updated 1, rejected 0"));
        QVERIFY(dataDigest(*ws) != before);
        auto undone = ImportHistory::undo(*ws, report.batch, importNow);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(undone->removed, 1);
        QCOMPARE(undone->restored, 1);
        QCOMPARE(dataDigest(*ws), before);
        // Once is enough.
        QVERIFY(!ImportHistory::undo(*ws, report.batch, importNow));
    }

    void undoRefusedWhenALaterImportChangedTheRows()
    {
        auto ws = fresh();
        const ImportReport first = importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const ImportReport second = importOk(*ws, QStringLiteral("siyu-members"),
                                             "member_id,name,joined_at\nM2,Renamed,2026-11-02\n",
                                             QStringLiteral("later.csv"));
        const QByteArray before = dataDigest(*ws);
        auto refused = ImportHistory::undo(*ws, first.batch, importNow);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("batch %1").arg(second.batch)));
        QCOMPARE(dataDigest(*ws), before);
        // Events of a later batch name members of the first one: refused as well.
        auto ws2 = fresh();
        const ImportReport members = importOk(*ws2, QStringLiteral("siyu-members"), membersCsv);
        importOk(*ws2, QStringLiteral("siyu-events"),
                 "member_id,type,occurred_at\nM1,like,2026-11-05\n", QStringLiteral("ev.csv"));
        QVERIFY(!ImportHistory::undo(*ws2, members.batch, importNow));
        // In the right order, both go.
        QVERIFY(ImportHistory::undo(*ws, second.batch, importNow));
        QVERIFY(ImportHistory::undo(*ws, first.batch, importNow));
        QCOMPARE(count(*ws, QStringLiteral("members")), 0);
    }

    void cancelLeavesTheWorkspaceAsItWas()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const QByteArray before = dataDigest(*ws);
        QByteArray bytes = "member_id,joined_at\n";
        for (int i = 0; i < 5000; ++i)
            bytes += "X" + QByteArray::number(i) + ",2026-11-01\n";
        ImportEngine engine(*ws);
        int calls = 0;
        engine.setProgress([&calls](qint64, qint64) { return ++calls < 2; });
        auto report = engine.run(options(QStringLiteral("siyu-members"),
                                         {writeFile(path(QStringLiteral("cancel.csv")), bytes)}));
        QVERIFY(!report);
        QCOMPARE(report.error().message, QStringLiteral("cancelled"));
        QCOMPARE(dataDigest(*ws), before);
        QCOMPARE(count(*ws, QStringLiteral("import_batches")), 1);
    }

    void dryRunWritesNothing()
    {
        auto ws = fresh();
        const QByteArray before = dataDigest(*ws);
        ImportOptions o = options(QStringLiteral("siyu-members"),
                                  {writeFile(path(QStringLiteral("dry.csv")), membersCsv)});
        o.dryRun = true;
        auto report = runImport(*ws, o);
        QVERIFY(report);
        QCOMPARE(report->summary(), QStringLiteral("read 3, inserted 3, updated 0, rejected 0"));
        QCOMPARE(report->batch, 0);
        QCOMPARE(dataDigest(*ws), before);
        QCOMPARE(count(*ws, QStringLiteral("import_batches")), 0);
    }

    // The engine (the window's import) refuses a rejects file that would replace the
    // workspace or an input, before anything is read or written.
    void rejectsNeverReplaceTheWorkspaceOrAnInput()
    {
        auto ws = fresh();
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv);
        const QByteArray before = dataDigest(*ws);
        const QByteArray bad = "member_id,joined_at\nZ1,2026-11-01\nZ2,soon\n";
        const QString input = writeFile(path(QStringLiteral("engine-bad.csv")), bad);
        for (const QString &rejects : {ws->path(), input}) {
            ImportOptions o = options(QStringLiteral("siyu-members"), {input});
            o.rejectsPath = rejects;
            auto report = runImport(*ws, o);
            QVERIFY(!report);
            QVERIFY2(report.error().message.contains(QLatin1String("the rejects file names")),
                     qPrintable(report.error().message));
            QCOMPARE(dataDigest(*ws), before);
            QCOMPARE(readFile(input), bad);
        }
        // Nor is the workspace itself a file to import (reading it would drop SQLite's locks).
        auto itself = runImport(*ws, options(QStringLiteral("siyu-members"), {ws->path()}));
        QVERIFY(!itself);
        QVERIFY2(itself.error().message.contains(QLatin1String("the file to import names")),
                 qPrintable(itself.error().message));
        QCOMPARE(dataDigest(*ws), before);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
