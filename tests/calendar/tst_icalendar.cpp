// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar writer, parsed back and checked against RFC 5545, and `siyu calendar`.
#include "calendarfixture.h"

#include "models/calendar/contentrepository.h"
#include "models/calendar/icalendar.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace siyu;
using namespace siyu::test;

namespace {

struct Property
{
    QByteArray name; // with its parameters
    QString value;   // unescaped
};

// Unfolds and splits an iCalendar text the way a reader does (RFC 5545 §3.1).
QList<Property> parse(const QByteArray &text)
{
    QByteArray unfolded = text;
    unfolded.replace("\r\n ", "");
    QList<Property> props;
    for (const QByteArray &line : unfolded.split('\n')) {
        if (line.isEmpty())
            continue;
        const QByteArray body = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = body.indexOf(':');
        QString value = QString::fromUtf8(body.mid(colon + 1));
        QString plain;
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (value[i] == QLatin1Char('\\') && i + 1 < value.size()) {
                const QChar next = value[++i];
                plain += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(u'\n') : next;
            } else {
                plain += value[i];
            }
        }
        props.push_back({body.left(colon), plain});
    }
    return props;
}

QStringList valuesOf(const QList<Property> &props, const char *name)
{
    QStringList values;
    for (const Property &p : props) {
        if (p.name == name)
            values << p.value;
    }
    return values;
}

// Every physical line: CRLF-terminated, at most 75 octets, valid UTF-8 on its own.
void checkLines(const QByteArray &text)
{
    QVERIFY(text.endsWith("\r\n"));
    const QList<QByteArray> lines = text.chopped(1).split('\n');
    for (const QByteArray &raw : lines) {
        QVERIFY2(raw.endsWith('\r'), raw.constData());
        const QByteArray line = raw.chopped(1);
        QVERIFY2(!line.contains('\r'), line.constData());
        QVERIFY2(line.size() <= 75, line.constData());
        const QString decoded = QString::fromUtf8(line);
        QVERIFY2(!decoded.contains(QChar::ReplacementCharacter), line.constData());
    }
}

ContentItem item(const QString &contentId, const QString &title, qint64 at,
                 const QString &kind = QStringLiteral("article"))
{
    ContentItem c;
    c.contentId = contentId;
    c.title = title;
    c.scheduledAt = at;
    c.kind = kind;
    return c;
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private slots:
    void escapesTextValues()
    {
        QCOMPARE(icalendar::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")),
                 QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
        QCOMPARE(icalendar::escapeText(QStringLiteral("tab\there")), QStringLiteral("tabhere"));
    }

    void foldsAt75OctetsWithoutSplittingACharacter()
    {
        const QByteArray ascii = "SUMMARY:" + QByteArray(100, 'x');
        const QByteArray folded = icalendar::foldLine(ascii);
        QCOMPARE(folded.split('\n').first().size(), 76); // 75 octets and the CR
        QCOMPARE(folded, ascii.left(75) + "\r\n " + ascii.mid(75));
        // Three-octet characters: 8 + 22 * 3 = 74 octets fit, the 23rd would make 77.
        const QString han = QString(40, QChar(u'群'));
        const QByteArray line = "SUMMARY:" + han.toUtf8();
        const QByteArray out = icalendar::foldLine(line);
        const QList<QByteArray> parts = out.split('\n');
        QCOMPARE(parts[0].size(), 74 + 1);
        QVERIFY(parts[1].startsWith(' '));
        QByteArray joined = out;
        joined.replace("\r\n ", "");
        QCOMPARE(joined, line);
        QCOMPARE(icalendar::foldLine("SHORT:x"), QByteArray("SHORT:x"));
    }

    void writesOneEventPerItemThatReadsBack()
    {
        ContentItem a = item(QStringLiteral("CT0001"),
                             QStringLiteral("周四晚 8 点新品直播, 限时; 福利\\抽奖 — ") +
                                 QString(30, QChar(u'播')),
                             1763640000, QStringLiteral("live_stream"));
        a.groupName = QStringLiteral("直播福利群 1");
        a.body = QStringLiteral("第一行\n第二行");
        a.status = QStringLiteral("scheduled");
        ContentItem b = item(QStringLiteral("id with space/é"), QStringLiteral("Poll"), 1763650000,
                             QStringLiteral("poll"));
        b.status = QStringLiteral("idea");
        const QByteArray text = icalendar::write({a, b}, 1764000000, QStringLiteral("青柚"));
        checkLines(text);
        const QList<Property> props = parse(text);
        QCOMPARE(props.first().name, QByteArray("BEGIN"));
        QCOMPARE(props.first().value, QStringLiteral("VCALENDAR"));
        QCOMPARE(props.last().value, QStringLiteral("VCALENDAR"));
        QCOMPARE(valuesOf(props, "VERSION"), QStringList{QStringLiteral("2.0")});
        QCOMPARE(valuesOf(props, "PRODID").size(), 1);
        QCOMPARE(valuesOf(props, "BEGIN").count(QStringLiteral("VEVENT")), 2);
        QCOMPARE(valuesOf(props, "END").count(QStringLiteral("VEVENT")), 2);
        QCOMPARE(valuesOf(props, "SUMMARY"), (QStringList{a.title, b.title}));
        QCOMPARE(valuesOf(props, "CATEGORIES"),
                 (QStringList{QStringLiteral("live_stream"), QStringLiteral("poll")}));
        QCOMPARE(valuesOf(props, "DTSTAMP"), (QStringList{QStringLiteral("20251124T160000Z"),
                                                          QStringLiteral("20251124T160000Z")}));
        // DTSTART is a UTC time: never floating, no TZID needed.
        QCOMPARE(valuesOf(props, "DTSTART"), (QStringList{QStringLiteral("20251120T120000Z"),
                                                          QStringLiteral("20251120T144640Z")}));
        QVERIFY(valuesOf(props, "DESCRIPTION").first().contains(QStringLiteral("第一行\n第二行")));
        QCOMPARE(valuesOf(props, "LOCATION"), QStringList{a.groupName});
        QCOMPARE(valuesOf(props, "STATUS"),
                 (QStringList{QStringLiteral("CONFIRMED"), QStringLiteral("TENTATIVE")}));
        const QStringList uids = valuesOf(props, "UID");
        QCOMPARE(uids.size(), 2);
        QVERIFY(uids[0] != uids[1]);
        QCOMPARE(uids[1], QStringLiteral("id%20with%20space%2F%C3%A9@siyu.content"));
        for (const Property &p : props)
            QVERIFY2(!p.name.contains("TZID") || p.name.startsWith("DTSTART;TZID"),
                     p.name.constData());
    }

    void uidStaysTheSameAcrossExports()
    {
        ContentItem a = item(QStringLiteral("CT7"), QStringLiteral("One"), 1763640000);
        const QByteArray first = icalendar::write({a}, 1764000000);
        a.title = QStringLiteral("One, renamed");
        a.scheduledAt += 86400;
        a.id = 99;
        const QByteArray second = icalendar::write({a}, 1764100000);
        QCOMPARE(valuesOf(parse(first), "UID"), valuesOf(parse(second), "UID"));
    }

    void commandListsTheRangeAndWritesTheSameFile()
    {
        CalendarFixture f;
        const qint64 group = f.addGroup(QStringLiteral("G1"), QStringLiteral("群 1"));
        f.addContent(QStringLiteral("C1"), QStringLiteral("Monday"), f.at("2026-11-16 00:00"),
                     QStringLiteral("article"), group);
        f.addContent(QStringLiteral("C2"), QStringLiteral("Sunday, late"), f.at("2026-11-22 23:59"),
                     QStringLiteral("poster"), 0, QStringLiteral("draft"));
        f.addContent(QStringLiteral("C3"), QStringLiteral("Next"), f.at("2026-11-23 00:00"));
        f.addContent(QStringLiteral("C0"), QStringLiteral("Before"), f.at("2026-11-15 23:59"));
        const QString ics = f.filePath(QStringLiteral("week.ics"));
        QProcess p;
        p.start(QStringLiteral(SIYU_BINARY),
                {QStringLiteral("calendar"), QStringLiteral("--workspace"), f.path(),
                 QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-23"), QStringLiteral("--ics"), ics});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()),
                 QStringLiteral("2026-11-16 00:00\tarticle\tscheduled\tMonday\n"
                                "2026-11-22 23:59\tposter\tdraft\tSunday, late\n"));
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        checkLines(text);
        const QList<Property> props = parse(text);
        QCOMPARE(valuesOf(props, "SUMMARY"),
                 (QStringList{QStringLiteral("Monday"), QStringLiteral("Sunday, late")}));
        QCOMPARE(valuesOf(props, "DTSTART").first(), QStringLiteral("20261115T160000Z"));
        QCOMPARE(valuesOf(props, "UID").first(), QStringLiteral("C1@siyu.content"));
    }

    void badArgumentsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no range") << QStringList{} << 2 << QStringLiteral("--from D and --to D");
        QTest::newRow("no to") << QStringList{QStringLiteral("--from"),
                                              QStringLiteral("2026-11-16")}
                               << 2 << QStringLiteral("--from D and --to D");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--from"),
                                                 QStringLiteral("2026-02-30"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2026-03-01")}
                                  << 2 << QStringLiteral("--from '2026-02-30' is not a date");
        QTest::newRow("reversed") << QStringList{QStringLiteral("--from"),
                                                 QStringLiteral("2026-11-23"),
                                                 QStringLiteral("--to"),
                                                 QStringLiteral("2026-11-16")}
                                  << 2 << QStringLiteral("--from must be before --to");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--week"), QStringLiteral("x")} << 2
            << QStringLiteral("week");
        QTest::newRow("extra") << QStringList{QStringLiteral("--from"),
                                              QStringLiteral("2026-11-16"), QStringLiteral("--to"),
                                              QStringLiteral("2026-11-23"), QStringLiteral("x")}
                               << 2 << QStringLiteral("unexpected argument 'x'");
        QTest::newRow("ics over workspace")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                           QStringLiteral("--to"),   QStringLiteral("2026-11-23"),
                           QStringLiteral("--ics"),  QStringLiteral("@workspace")}
            << 2 << QStringLiteral("--ics");
        QTest::newRow("ics unwritable")
            << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                           QStringLiteral("--to"),   QStringLiteral("2026-11-23"),
                           QStringLiteral("--ics"),  QStringLiteral("/nonexistent/dir/x.ics")}
            << 1 << QStringLiteral("x.ics");
    }

    void badArgumentsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        CalendarFixture f;
        f.addContent(QStringLiteral("C1"), QStringLiteral("Monday"), f.at("2026-11-16 00:00"));
        const qint64 version = f.count("PRAGMA data_version");
        for (QString &argument : arguments) {
            if (argument == QLatin1String("@workspace"))
                argument = f.path();
        }
        QProcess p;
        p.start(QStringLiteral(SIYU_BINARY),
                QStringList{QStringLiteral("calendar"), QStringLiteral("--workspace"), f.path()} +
                    arguments);
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), status);
        QVERIFY2(err.split(QLatin1Char('\n')).first().contains(message), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QCOMPARE(f.count("SELECT count(*) FROM content"), 1);
        Q_UNUSED(version);
    }

    void aFailedCommandCreatesNoWorkspace()
    {
        CalendarFixture f;
        const QString missing = f.filePath(QStringLiteral("new.siyu"));
        QProcess p;
        p.start(QStringLiteral(SIYU_BINARY),
                {QStringLiteral("calendar"), QStringLiteral("--workspace"), missing,
                 QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-23"), QStringLiteral("--ics"),
                 QStringLiteral("/nonexistent/dir/x.ics")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!QFile::exists(missing));
        // Without a failure the missing workspace is created, empty, as the contract has it.
        p.start(QStringLiteral(SIYU_BINARY),
                {QStringLiteral("calendar"), QStringLiteral("--workspace"), missing,
                 QStringLiteral("--from"), QStringLiteral("2026-11-16"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-23")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(QFile::exists(missing));
    }

    void missingWorkspaceOptionIsAUsageError()
    {
        QProcess p;
        p.start(QStringLiteral(SIYU_BINARY),
                {QStringLiteral("calendar"), QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                 QStringLiteral("--to"), QStringLiteral("2026-11-23")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(
            QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("--workspace")));
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
