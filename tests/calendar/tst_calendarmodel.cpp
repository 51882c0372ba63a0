// SPDX-License-Identifier: GPL-3.0-or-later
// The content calendar's model (ranges, filters, order) and its undoable edits.
#include "calendarfixture.h"

#include "models/calendar/contentrepository.h"
#include "models/items/contentcalendarmodel.h"
#include "models/items/contentcommands.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace siyu;
using namespace siyu::test;

class TestCalendarModel : public QObject
{
    Q_OBJECT

    // Items in Asia/Shanghai: three in the week of Monday 2026-11-16, one before, one after.
    struct Data
    {
        qint64 groupA = 0, groupB = 0, campaign = 0;
        qint64 early = 0, monday = 0, mondayLate = 0, friday = 0, after = 0;
    };

    static Data fill(CalendarFixture &f)
    {
        Data d;
        d.groupA = f.addGroup(QStringLiteral("G1"), QStringLiteral("福利群 1"));
        d.groupB = f.addGroup(QStringLiteral("G2"), QStringLiteral("VIP 群"));
        d.campaign = f.addCampaign(QStringLiteral("K1"), QStringLiteral("会员日"));
        d.early =
            f.addContent(QStringLiteral("C0"), QStringLiteral("Before"), f.at("2026-11-15 23:59"));
        d.mondayLate = f.addContent(QStringLiteral("C2"), QStringLiteral("Monday late"),
                                    f.at("2026-11-16 20:00"), QStringLiteral("live_stream"),
                                    d.groupA, QStringLiteral("draft"), QStringLiteral("王芳"));
        d.monday =
            f.addContent(QStringLiteral("C1"), QStringLiteral("Monday"), f.at("2026-11-16 00:00"),
                         QStringLiteral("article"), d.groupB, QStringLiteral("scheduled"),
                         QStringLiteral("李娜"), QStringLiteral("wecom"), d.campaign);
        d.friday =
            f.addContent(QStringLiteral("C3"), QStringLiteral("Friday"), f.at("2026-11-20 09:30"),
                         QStringLiteral("poster"), d.groupA, QStringLiteral("published"),
                         QStringLiteral("王芳"), QStringLiteral("wecom"));
        d.after = f.addContent(QStringLiteral("C4"), QStringLiteral("Next week"),
                               f.at("2026-11-23 00:00"));
        return d;
    }

    static QList<qint64> ids(const ContentCalendarModel &model)
    {
        QList<qint64> list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, 0).data(ContentCalendarModel::IdRole).toLongLong();
        return list;
    }

private slots:
    void rangeIsHalfOpenInLocalDaysAndOrderedByTime()
    {
        CalendarFixture f;
        const Data d = fill(f);
        ContentCalendarModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(&f.ws());
        model.setRange(QDate(2026, 11, 16), QDate(2026, 11, 23));
        QCOMPARE(ids(model), (QList<qint64>{d.monday, d.mondayLate, d.friday}));
        QCOMPARE(model.index(2, 0).data(ContentCalendarModel::DayRole).toDate(),
                 QDate(2026, 11, 20));
        QCOMPARE(model.index(0, ContentCalendarModel::GroupColumn).data().toString(),
                 QStringLiteral("VIP 群"));
        QCOMPARE(model.index(0, ContentCalendarModel::CampaignColumn).data().toString(),
                 QStringLiteral("会员日"));
        QCOMPARE(model.rowsOn(QDate(2026, 11, 16)), std::make_pair(0, 2));
        QCOMPARE(model.rowsOn(QDate(2026, 11, 17)), std::make_pair(2, 2));
        QCOMPARE(model.rowsOn(QDate(2026, 11, 20)), std::make_pair(2, 3));
        model.setRange(QDate(2026, 11, 15), QDate(2026, 11, 16));
        QCOMPARE(ids(model), (QList<qint64>{d.early}));
        model.setWorkspace(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void eachFilterNarrowsTheRows()
    {
        CalendarFixture f;
        const Data d = fill(f);
        ContentCalendarModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(&f.ws());
        model.setRange(QDate(2026, 11, 1), QDate(2026, 12, 1));
        QCOMPARE(model.rowCount(), 5);
        const auto filtered = [&](const ContentFilter &filter) {
            model.setFilter(filter);
            return ids(model);
        };
        ContentFilter byGroup;
        byGroup.groupRef = d.groupA;
        QCOMPARE(filtered(byGroup), (QList<qint64>{d.mondayLate, d.friday}));
        ContentFilter byOwner;
        byOwner.owner = QStringLiteral("王芳");
        byOwner.status = QStringLiteral("published");
        QCOMPARE(filtered(byOwner), (QList<qint64>{d.friday}));
        ContentFilter byKind;
        byKind.kind = QStringLiteral("live_stream");
        QCOMPARE(filtered(byKind), (QList<qint64>{d.mondayLate}));
        ContentFilter byChannel;
        byChannel.channel = QStringLiteral("wecom");
        QCOMPARE(filtered(byChannel), (QList<qint64>{d.monday, d.friday}));
        ContentFilter byCampaign;
        byCampaign.campaignRef = d.campaign;
        QCOMPARE(filtered(byCampaign), (QList<qint64>{d.monday}));
        QCOMPARE(filtered({}).size(), 5);
    }

    void ratesAreNotDefinedWithoutReads()
    {
        ContentMetrics m;
        QVERIFY(!interactionRate(m));
        QVERIFY(!clickThroughRate(m));
        m.clicks = 3;
        QVERIFY(!clickThroughRate(m));
        m = {200, 10, 4, 6, 30, 2};
        QCOMPARE(*interactionRate(m), 0.1);
        QCOMPARE(*clickThroughRate(m), 0.15);
    }

    void createEditDeleteAreUndoable()
    {
        CalendarFixture f;
        const Data d = fill(f);
        QUndoStack stack;
        ContentEditor editor(f.ws(), &stack);
        QSignalSpy changed(&editor, &ContentEditor::contentChanged);
        ContentItem item;
        item.title = QStringLiteral("  会员日海报  ");
        item.kind = QStringLiteral("poster");
        item.scheduledAt = f.at("2026-11-18 10:00");
        const QList<qint64> created = editor.create(item, {d.groupA, d.groupB});
        QCOMPARE(created.size(), 2);
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE title = '会员日海报'"), 2);
        QCOMPARE(f.scalar("SELECT content_id FROM content WHERE id = ?", {created[0]}).toString(),
                 QStringLiteral("cal-%1").arg(created[0]));
        stack.undo();
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE title = '会员日海报'"), 0);
        stack.redo();
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE title = '会员日海报'"), 2);

        auto found = ContentRepository(f.ws()).find({d.friday});
        QVERIFY(found && found->size() == 1);
        ContentItem edited = found->front();
        edited.title = QStringLiteral("Friday poster");
        edited.metrics.reads = 100;
        QVERIFY(editor.update(edited));
        QCOMPARE(f.scalar("SELECT title FROM content WHERE id = ?", {d.friday}).toString(),
                 QStringLiteral("Friday poster"));
        stack.undo();
        QCOMPARE(f.scalar("SELECT title FROM content WHERE id = ?", {d.friday}).toString(),
                 QStringLiteral("Friday"));

        // A deleted item comes back with the events that named it.
        const qint64 member = f.addMember(QStringLiteral("M1"), QStringLiteral("A"));
        f.exec("INSERT INTO events(member_ref, type, occurred_at, content_ref) VALUES(?, 'read', "
               "?, ?)",
               {member, f.at("2026-11-20 10:00"), d.friday});
        QVERIFY(editor.remove({d.friday, d.monday}));
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE id IN (?, ?)", {d.friday, d.monday}),
                 0);
        QCOMPARE(f.count("SELECT count(*) FROM events WHERE content_ref IS NULL"), 1);
        stack.undo();
        QCOMPARE(f.count("SELECT count(*) FROM content WHERE id IN (?, ?)", {d.friday, d.monday}),
                 2);
        QCOMPARE(f.count("SELECT count(*) FROM events WHERE content_ref = ?", {d.friday}), 1);
        QVERIFY(changed.count() >= 6);
        QVERIFY(editor.create(ContentItem()).isEmpty()); // no title
    }

    void duplicateRescheduleAndShift()
    {
        CalendarFixture f;
        const Data d = fill(f);
        QUndoStack stack;
        ContentEditor editor(f.ws(), &stack);
        const QList<qint64> copies = editor.duplicate({d.friday});
        QCOMPARE(copies.size(), 1);
        // A copy of a published item is a draft without the original's metrics.
        QCOMPARE(f.scalar("SELECT status FROM content WHERE id = ?", {copies[0]}).toString(),
                 QStringLiteral("draft"));
        QCOMPARE(
            f.scalar("SELECT scheduled_at FROM content WHERE id = ?", {copies[0]}).toLongLong(),
            f.at("2026-11-20 09:30"));

        QVERIFY(editor.moveToDay(d.mondayLate, QDate(2026, 12, 2))); // across the month
        QCOMPARE(f.local(f.scalar("SELECT scheduled_at FROM content WHERE id = ?", {d.mondayLate})
                             .toLongLong()),
                 QStringLiteral("2026-12-02 20:00"));
        QVERIFY(editor.reschedule(d.mondayLate, f.at("2026-12-02 08:15")));
        stack.undo();
        stack.undo();
        QCOMPARE(
            f.scalar("SELECT scheduled_at FROM content WHERE id = ?", {d.mondayLate}).toLongLong(),
            f.at("2026-11-16 20:00"));

        QVERIFY(editor.shift({d.monday, d.friday}, 3));
        QCOMPARE(
            f.local(
                f.scalar("SELECT scheduled_at FROM content WHERE id = ?", {d.monday}).toLongLong()),
            QStringLiteral("2026-11-19 00:00"));
        QCOMPARE(
            f.local(
                f.scalar("SELECT scheduled_at FROM content WHERE id = ?", {d.friday}).toLongLong()),
            QStringLiteral("2026-11-23 09:30"));
        QCOMPARE(stack.undoText(), QStringLiteral("Shift 2 items by 3 days"));
        stack.undo();
        QCOMPARE(f.scalar("SELECT scheduled_at FROM content WHERE id = ?", {d.friday}).toLongLong(),
                 f.at("2026-11-20 09:30"));
    }

    void shiftKeepsTheLocalTimeAcrossDaylightSaving()
    {
        CalendarFixture f("Europe/Berlin");
        const qint64 id = f.addContent(QStringLiteral("B1"), QStringLiteral("Saturday"),
                                       f.at("2026-10-24 20:00"));
        ContentEditor editor(f.ws(), nullptr);
        QVERIFY(editor.shift({id}, 2)); // summer time ends on 25 October
        const qint64 t =
            f.scalar("SELECT scheduled_at FROM content WHERE id = ?", {id}).toLongLong();
        QCOMPARE(f.local(t), QStringLiteral("2026-10-26 20:00"));
        QCOMPARE(t - f.at("2026-10-24 20:00"), qint64(49 * 3600));
    }

    void modelFollowsTheEditsWhenReloaded()
    {
        CalendarFixture f;
        const Data d = fill(f);
        ContentCalendarModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setWorkspace(&f.ws());
        model.setRange(QDate(2026, 11, 16), QDate(2026, 11, 23));
        QUndoStack stack;
        ContentEditor editor(f.ws(), &stack);
        connect(&editor, &ContentEditor::contentChanged, &model, &ContentCalendarModel::reload);
        QVERIFY(editor.moveToDay(d.friday, QDate(2026, 11, 17)));
        QCOMPARE(ids(model), (QList<qint64>{d.monday, d.mondayLate, d.friday}));
        QCOMPARE(model.dayOf(2), QDate(2026, 11, 17));
        QVERIFY(editor.remove({d.monday}));
        QCOMPARE(ids(model), (QList<qint64>{d.mondayLate, d.friday}));
        stack.undo();
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCalendarModel)
#include "tst_calendarmodel.moc"
