// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberfixture.h"

#include "models/common/units.h"
#include "models/items/memberdetailmodels.h"
#include "models/items/membereditor.h"
#include "models/items/membertimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace siyu;

class TestMemberDetailModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::Fixture m_fx;

    static constexpr auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;

private slots:
    void initTestCase()
    {
        m_fx = fixture::build(m_dir.filePath(QStringLiteral("d.siyu")), 30);
        // A long timeline for member 12: 120 more events.
        Transaction transaction(*m_fx.ws);
        for (int i = 0; i < 120; ++i)
            fixture::exec(*m_fx.ws,
                          QStringLiteral("INSERT INTO events(member_ref, type, occurred_at, value) "
                                         "VALUES(?, 'survey', ?, 4)"),
                          {m_fx.members.at(11).ref, fixture::baseTime - i * 60});
        QVERIFY(transaction.commit().ok());
    }

    void timelineFetchesPages()
    {
        MemberTimelineModel model(*m_fx.ws);
        QAbstractItemModelTester tester(&model, mode);
        const fixture::Member &m = m_fx.members.at(11);
        model.setMember(m.ref);
        QCOMPARE(model.totalSize(), 125);
        QCOMPARE(model.rowCount(), 50); // the first page
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 100);
        // Newest first: the orders and messages after joining come before the old surveys.
        QCOMPARE(model.data(model.index(0, 0), MemberTimelineModel::KindRole).toString(),
                 QStringLiteral("order"));
        QCOMPARE(model.data(model.index(0, MemberTimelineModel::AmountColumn)).toString(),
                 units::money(m.paidCents / 2));
        // The workspace's currency, and the date and time as everywhere else in the window.
        QVERIFY(model.data(model.index(0, MemberTimelineModel::AmountColumn))
                    .toString()
                    .startsWith(u'¥'));
        static const QRegularExpression when(
            QStringLiteral("^\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}$"));
        QVERIFY2(
            when.match(model.data(model.index(0, MemberTimelineModel::WhenColumn)).toString())
                .hasMatch(),
            qPrintable(model.data(model.index(0, MemberTimelineModel::WhenColumn)).toString()));
        QCOMPARE(model.data(model.index(5, MemberTimelineModel::WhatColumn)).toString(),
                 QStringLiteral("Survey answer"));
        QVERIFY(model.data(model.index(5, MemberTimelineModel::DetailColumn))
                    .toString()
                    .contains(QStringLiteral("score 4")));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 125);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row - 1, 0), MemberTimelineModel::AtRole).toLongLong() >=
                    model.data(model.index(row, 0), MemberTimelineModel::AtRole).toLongLong());
        model.setMember(0);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void identitiesAreMaskedUntilRevealed()
    {
        fixture::exec(*m_fx.ws,
                      QStringLiteral("INSERT INTO identities(member_ref, kind, value) VALUES(?, "
                                     "'phone', '13912345678'), (?, 'email', 'x@y.org')"),
                      {m_fx.members.at(2).ref, m_fx.members.at(2).ref});
        MemberIdentitiesModel model;
        QAbstractItemModelTester tester(&model, mode);
        model.setRecord(*MemberRepository(*m_fx.ws).load(m_fx.members.at(2).ref));
        QCOMPARE(model.rowCount(), 3);
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.data(model.index(row, MemberIdentitiesModel::ValueColumn)).toString();
        QCOMPARE(values, (QStringList{QStringLiteral("x***@y.org"), QStringLiteral("139****5678"),
                                      QStringLiteral("wm-m00003")}));
        model.setUnmasked(true);
        QCOMPARE(model.data(model.index(1, MemberIdentitiesModel::ValueColumn)).toString(),
                 QStringLiteral("13912345678"));
    }

    void groupsShowRoleAndDates()
    {
        MemberGroupsModel model;
        QAbstractItemModelTester tester(&model, mode);
        const fixture::Member &m = m_fx.members.at(9); // member 10: group 1
        model.setRecord(*MemberRepository(*m_fx.ws).load(m.ref), m_fx.ws->timeZone());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, MemberGroupsModel::GroupColumn)).toString(),
                 QStringLiteral("Tea lovers"));
        QCOMPARE(model.data(model.index(0, MemberGroupsModel::RoleColumn)).toString(),
                 QStringLiteral("Member"));
        QCOMPARE(model.data(model.index(0, MemberGroupsModel::JoinedColumn)).toString(),
                 units::dateOf(m.joinedAt, units::Display::in(m_fx.ws->timeZone())));
    }

    void customFieldsEditThroughCommands()
    {
        QUndoStack stack;
        MemberEditor editor(*m_fx.ws, &stack);
        MemberCustomFieldsModel model(&editor);
        QAbstractItemModelTester tester(&model, mode);
        const qint64 ref = m_fx.members.at(4).ref;
        QVERIFY(editor.setCustomField(ref, QStringLiteral("size"), QStringLiteral("M")));
        QVERIFY(editor.setCustomField(ref, QStringLiteral("colour"), QStringLiteral("red")));
        model.setRecord(*editor.repository().load(ref));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.fieldName(0), QStringLiteral("colour"));
        QVERIFY(model.flags(model.index(0, MemberCustomFieldsModel::ValueColumn)) &
                Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, MemberCustomFieldsModel::NameColumn)) &
                  Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(0, MemberCustomFieldsModel::ValueColumn),
                              QStringLiteral("blue")));
        QCOMPARE(stack.count(), 3);
        QCOMPARE(editor.repository().load(ref)->custom.value(QStringLiteral("colour")).toString(),
                 QStringLiteral("blue"));
        stack.undo();
        QCOMPARE(editor.repository().load(ref)->custom.value(QStringLiteral("colour")).toString(),
                 QStringLiteral("red"));
    }
};

QTEST_GUILESS_MAIN(TestMemberDetailModels)
#include "tst_memberdetailmodels.moc"
