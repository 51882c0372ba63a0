// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberfixture.h"

#include "models/common/masking.h"
#include "models/common/units.h"
#include "models/items/membertablemodel.h"
#include "models/store/memberrepository.h"
#include "models/store/settings.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace siyu;

namespace {

constexpr int fixtureSize = 300;
using Predicate = std::function<bool(const fixture::Member &)>;

bool containsText(const fixture::Member &m, const QString &text)
{
    for (const QString &field : {m.name, m.remark, m.memberId, m.phone, m.email}) {
        if (field.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class TestMemberTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::Fixture m_fx;
    std::unique_ptr<MemberTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    int expectedCount(const Predicate &predicate) const
    {
        return int(std::count_if(m_fx.members.cbegin(), m_fx.members.cend(), predicate));
    }

    QList<qint64> refsInModel() const
    {
        QList<qint64> refs;
        for (int row = 0; row < m_model->rowCount(); ++row)
            refs << m_model->memberRef(row);
        return refs;
    }

    QString cell(int row, int column) const
    {
        return m_model->data(m_model->index(row, column)).toString();
    }

private slots:
    void initTestCase()
    {
        m_fx = fixture::build(m_dir.filePath(QStringLiteral("members.siyu")), fixtureSize);
    }

    void init()
    {
        m_model = std::make_unique<MemberTableModel>(*m_fx.ws);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void listsEveryLiveMemberNewestFirst()
    {
        QCOMPARE(m_model->rowCount(), fixtureSize);
        QCOMPARE(m_model->columnCount(), int(MemberTableModel::ColumnCount));
        QCOMPARE(m_model->memberRef(0), m_fx.members.last().ref);
        QCOMPARE(cell(0, MemberTableModel::MemberIdColumn), m_fx.members.last().memberId);
        QCOMPARE(cell(fixtureSize - 1, MemberTableModel::NameColumn), m_fx.members.first().name);
        QCOMPARE(m_model->rowOf(m_fx.members.at(9).ref), fixtureSize - 10);
        QCOMPARE(m_model->data(m_model->index(0, 0), MemberTableModel::MemberRefRole).toLongLong(),
                 m_fx.members.last().ref);
        QVERIFY(m_model->roleNames().value(MemberTableModel::MemberRefRole) == "memberRef");
    }

    void showsEveryColumn()
    {
        const fixture::Member &m = m_fx.members.at(29); // member 30: tags newbie, vip
        const int row = m_model->rowOf(m.ref);
        QCOMPARE(cell(row, MemberTableModel::NameColumn), m.name);
        QCOMPARE(cell(row, MemberTableModel::RemarkColumn), m.remark);
        QCOMPARE(cell(row, MemberTableModel::CityColumn), m.city);
        QCOMPARE(cell(row, MemberTableModel::SourceColumn), m.source);
        QCOMPARE(cell(row, MemberTableModel::StaffColumn),
                 fixture::staffNames.at(int(*m.staffRef - 1)));
        QCOMPARE(cell(row, MemberTableModel::StageColumn), MemberTableModel::stageTitle(m.stage));
        QCOMPARE(cell(row, MemberTableModel::JoinedColumn),
                 units::dateOf(m.joinedAt, units::Display::in(m_fx.ws->timeZone())));
        QCOMPARE(cell(row, MemberTableModel::TagsColumn), QStringLiteral("newbie, vip"));
        QCOMPARE(cell(row, MemberTableModel::PaidOrdersColumn), QStringLiteral("2"));
        QCOMPARE(cell(row, MemberTableModel::PaidAmountColumn), units::money(m.paidCents));
        QVERIFY(cell(row, MemberTableModel::PaidAmountColumn).startsWith(u'¥'));
        QCOMPARE(m_model
                     ->data(m_model->index(row, MemberTableModel::PaidAmountColumn),
                            Qt::TextAlignmentRole)
                     .toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
        QCOMPARE(m_model->data(m_model->index(row, 0), MemberTableModel::TagsRole).toStringList(),
                 (QStringList{QStringLiteral("newbie"), QStringLiteral("vip")}));
    }

    void datesInTheWorkspaceZoneAndLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("joined");
        QTest::addColumn<QString>("paidPrefix");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("2 Jan 2026")
                            << QStringLiteral("$");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("2026年1月2日")
                               << QStringLiteral("$");
    }

    // Member 2 joined at 2026-01-01 12:00 UTC: 2 January where the workspace is (UTC+14),
    // whatever this computer's zone (the tests run in UTC).
    void datesInTheWorkspaceZoneAndLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, joined);
        QFETCH(QString, paidPrefix);
        const QString zoneBefore = settings::timeZone.get(*m_fx.ws);
        QVERIFY(settings::timeZone.set(*m_fx.ws, QStringLiteral("Pacific/Kiritimati")));
        m_fx.ws->reloadSettings();
        units::Display display;
        display.locale = QLocale(language);
        display.currency = QStringLiteral("USD");
        units::Display::setCurrent(display);
        MemberTableModel model(*m_fx.ws);
        const fixture::Member &m = m_fx.members.at(1);
        const int row = model.rowOf(m.ref);
        QVERIFY(row >= 0);
        QCOMPARE(model.data(model.index(row, MemberTableModel::JoinedColumn)).toString(), joined);
        QVERIFY(model.data(model.index(row, MemberTableModel::PaidAmountColumn))
                    .toString()
                    .startsWith(paidPrefix));
        units::Display::setCurrent({});
        QVERIFY(settings::timeZone.set(*m_fx.ws, zoneBefore));
        m_fx.ws->reloadSettings();
    }

    void masksContactDetailsUntilAsked()
    {
        const fixture::Member &m = m_fx.members.at(41);
        const int row = m_model->rowOf(m.ref);
        QCOMPARE(cell(row, MemberTableModel::PhoneColumn), masking::phone(m.phone));
        QCOMPARE(cell(row, MemberTableModel::EmailColumn), masking::email(m.email));
        QVERIFY(!cell(row, MemberTableModel::PhoneColumn).contains(m.phone));
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setUnmasked(true);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(row, MemberTableModel::PhoneColumn), m.phone);
        QCOMPARE(cell(row, MemberTableModel::EmailColumn), m.email);
        m_model->setUnmasked(false);
        QCOMPARE(cell(row, MemberTableModel::PhoneColumn), masking::phone(m.phone));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("email") << QStringLiteral("member12@") << 1;
        QTest::newRow("name") << QStringLiteral("grace") << -1;
        QTest::newRow("name and surname") << QStringLiteral("Emma Zhou") << -1;
        QTest::newRow("remark") << QStringLiteral("vip cust") << -1;
        QTest::newRow("member id") << QStringLiteral("M0025") << -1;
        QTest::newRow("phone digits") << QStringLiteral("3801") << -1;
        QTest::newRow("chinese, trigram") << QStringLiteral("王小明") << -1;
        QTest::newRow("chinese, short") << QStringLiteral("李娜") << -1;
        QTest::newRow("latin, short") << QStringLiteral("wu") << -1;
        QTest::newRow("one character") << QStringLiteral("张") << -1;
        QTest::newRow("exact member id, short") << QStringLiteral("M1") << 0;
        QTest::newRow("identity prefix") << QStringLiteral("wm-m0001") << 10;
        QTest::newRow("quotes are text") << QStringLiteral("\"a") << 0;
        QTest::newRow("like wildcards are text") << QStringLiteral("%") << 0;
        QTest::newRow("nothing") << QStringLiteral("zzzz") << 0;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        if (expected < 0) {
            // Short searches match name, remark and an exact member id only.
            const bool shortSearch = text.toUcs4().size() < minTrigramSearch;
            expected = expectedCount([&](const fixture::Member &m) {
                if (shortSearch)
                    return m.name.contains(text, Qt::CaseInsensitive) ||
                           m.remark.contains(text, Qt::CaseInsensitive) || m.memberId == text;
                return containsText(m, text);
            });
            QVERIFY(expected > 0);
        }
        MemberFilter filter;
        filter.search = text;
        m_model->setFilter(filter);
        QVERIFY2(m_model->lastError().isEmpty(), qPrintable(m_model->lastError()));
        QCOMPARE(m_model->rowCount(), expected);
    }

    void filters_data()
    {
        QTest::addColumn<QByteArray>("which");
        for (const char *name : {"tag", "source", "staff", "stage", "group", "left group", "joined",
                                 "combined", "refs"})
            QTest::newRow(name) << QByteArray(name);
    }

    void filters()
    {
        QFETCH(QByteArray, which);
        MemberFilter filter;
        Predicate expected;
        const qint64 from = fixture::baseTime + 100 * 43200;
        const qint64 to = fixture::baseTime + 200 * 43200;
        if (which == "tag") {
            filter.tag = QStringLiteral("vip");
            expected = [](const fixture::Member &m) {
                return m.tags.contains(QStringLiteral("vip"));
            };
        } else if (which == "source") {
            filter.source = QStringLiteral("shop");
            expected = [](const fixture::Member &m) {
                return m.source == QStringLiteral("shop");
            };
        } else if (which == "staff") {
            filter.staffRef = 2;
            expected = [](const fixture::Member &m) {
                return m.staffRef == 2;
            };
        } else if (which == "stage") {
            filter.stage = QStringLiteral("churn");
            expected = [](const fixture::Member &m) {
                return m.stage == QStringLiteral("churn");
            };
        } else if (which == "group") {
            filter.groupRef = 1;
            expected = [](const fixture::Member &m) {
                return m.groups.contains(1);
            };
        } else if (which == "left group") {
            filter.groupRef = 2;
            expected = [](const fixture::Member &m) {
                return m.groups.contains(2);
            };
        } else if (which == "joined") {
            filter.joinedFrom = from;
            filter.joinedTo = to;
            expected = [&](const fixture::Member &m) {
                return m.joinedAt >= from && m.joinedAt < to;
            };
        } else if (which == "combined") {
            filter.tag = QStringLiteral("newbie");
            filter.source = QStringLiteral("wecom");
            filter.joinedFrom = from;
            filter.search = QStringLiteral("VIP");
            expected = [&](const fixture::Member &m) {
                return m.tags.contains(QStringLiteral("newbie")) &&
                       m.source == QStringLiteral("wecom") && m.joinedAt >= from &&
                       containsText(m, QStringLiteral("VIP"));
            };
        } else {
            filter.refs = QList<qint64>{5, 7, 9, 123456};
            filter.caption = QStringLiteral("drill-down");
            expected = [](const fixture::Member &m) {
                return m.ref == 5 || m.ref == 7 || m.ref == 9;
            };
        }
        QVERIFY(filter.hasConditions());
        m_model->setFilter(filter);
        QVERIFY2(m_model->lastError().isEmpty(), qPrintable(m_model->lastError()));
        const int count = expectedCount(expected);
        QVERIFY(count > 0);
        QCOMPARE(m_model->rowCount(), count);
        for (const qint64 ref : refsInModel())
            QVERIFY(expected(m_fx.members.at(int(ref - 1))));
    }

    void sortsByEveryColumn_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < MemberTableModel::ColumnCount; ++c) {
            if (MemberTableModel::isSortable(c))
                QTest::newRow(qPrintable(MemberTableModel::columnTitle(c))) << c;
        }
    }

    void sortsByEveryColumn()
    {
        QFETCH(int, column);
        // Each order is checked against a key computed from the fixture.
        const auto key = [column](const fixture::Member &m) -> QString {
            switch (column) {
            case MemberTableModel::MemberIdColumn:
                return m.memberId;
            case MemberTableModel::NameColumn:
                return m.name.toLower();
            case MemberTableModel::RemarkColumn:
                return m.remark.toLower();
            case MemberTableModel::GenderColumn:
                return m.gender;
            case MemberTableModel::CityColumn:
                return m.city;
            case MemberTableModel::SourceColumn:
                return m.source;
            case MemberTableModel::StaffColumn:
                return m.staffRef
                           ? QStringLiteral("1") + fixture::staffNames.at(int(*m.staffRef - 1))
                           : QStringLiteral("0");
            case MemberTableModel::StageColumn:
                return QString::number(lifecycleStages().indexOf(m.stage));
            case MemberTableModel::JoinedColumn:
                return QString::number(m.joinedAt);
            case MemberTableModel::LastActiveColumn:
                return m.events > 0 ? QStringLiteral("1%1").arg(m.joinedAt) : QStringLiteral("0");
            case MemberTableModel::PaidOrdersColumn:
                return QString::number(m.paidOrders);
            default:
                return QStringLiteral("%1").arg(m.paidCents, 12, 10, QLatin1Char('0'));
            }
        };
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_model->sort(column, order);
            QCOMPARE(m_model->sortColumn(), column);
            QCOMPARE(m_model->rowCount(), fixtureSize);
            QVector<fixture::Member> expected = m_fx.members;
            std::stable_sort(expected.begin(), expected.end(),
                             [&](const fixture::Member &a, const fixture::Member &b) {
                                 const QByteArray ka = key(a).toUtf8();
                                 const QByteArray kb = key(b).toUtf8();
                                 if (ka != kb)
                                     return order == Qt::AscendingOrder ? ka < kb : ka > kb;
                                 return order == Qt::AscendingOrder ? a.ref < b.ref : a.ref > b.ref;
                             });
            const QList<qint64> refs = refsInModel();
            for (int i = 0; i < refs.size(); ++i)
                QCOMPARE(refs.at(i), expected.at(i).ref);
        }
    }

    // The same, with the paths a million members take: the list reads its first ids only and
    // filters go through bitmaps (thresholds lowered to the fixture's size).
    void searchAtScale_data() { search_data(); }
    void searchAtScale()
    {
        m_model->setTuning({50, 10});
        search();
    }

    void filtersAtScale_data() { filters_data(); }
    void filtersAtScale()
    {
        m_model->setTuning({50, 10});
        filters();
    }

    void sortsAtScale_data() { sortsByEveryColumn_data(); }
    void sortsAtScale()
    {
        m_model->setTuning({50, 10});
        QCOMPARE(m_model->rowCount(), fixtureSize);
        sortsByEveryColumn();
    }

    void readsTheRestWhenScrolled()
    {
        // Without the tester, which reads the last row itself.
        MemberTableModel model(*m_fx.ws);
        model.setTuning({200, 10}); // more than a window of rows
        QCOMPARE(model.rowCount(), fixtureSize);
        QCOMPARE(model.rowOf(m_fx.members.first().ref), -1); // not read yet
        QCOMPARE(model.data(model.index(10, MemberTableModel::MemberIdColumn)).toString(),
                 m_fx.members.at(fixtureSize - 11).memberId);
        QCOMPARE(model.rowOf(m_fx.members.first().ref), -1);
        QCOMPARE(
            model.data(model.index(fixtureSize - 1, MemberTableModel::MemberIdColumn)).toString(),
            m_fx.members.first().memberId);
        QCOMPARE(model.rowOf(m_fx.members.first().ref), fixtureSize - 1);
    }

    void unsortableColumnsKeepTheOrder()
    {
        m_model->sort(MemberTableModel::NameColumn, Qt::AscendingOrder);
        const QList<qint64> before = refsInModel();
        m_model->sort(MemberTableModel::PhoneColumn, Qt::AscendingOrder);
        m_model->sort(MemberTableModel::TagsColumn, Qt::DescendingOrder);
        QCOMPARE(m_model->sortColumn(), int(MemberTableModel::NameColumn));
        QCOMPARE(refsInModel(), before);
    }

    void readsEveryRowInWindows()
    {
        // Walks the whole list, as scrolling to the end does: every row has its fields.
        for (int row = 0; row < m_model->rowCount(); ++row)
            QVERIFY(!cell(row, MemberTableModel::MemberIdColumn).isEmpty());
        QVERIFY(!cell(0, MemberTableModel::NameColumn).isEmpty());
    }

    void refreshesEditedMembersInPlace()
    {
        MemberRepository repo(*m_fx.ws);
        const fixture::Member &m = m_fx.members.at(99);
        const int row = m_model->rowOf(m.ref);
        QCOMPARE(cell(row, MemberTableModel::NameColumn), m.name);
        QVERIFY(repo.setField(m.ref, MemberField::City, QStringLiteral("Chengdu")).ok());
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->refreshMembers({m.ref});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(row, MemberTableModel::CityColumn), QStringLiteral("Chengdu"));
        QVERIFY(repo.setField(m.ref, MemberField::City, m.city).ok());
    }

    void deletedMembersHaveTheirOwnList()
    {
        MemberRepository repo(*m_fx.ws);
        const QList<qint64> refs{m_fx.members.at(0).ref, m_fx.members.at(1).ref};
        QVERIFY(repo.softDelete(refs).ok());
        QVERIFY(m_model->reload().ok());
        QCOMPARE(m_model->rowCount(), fixtureSize - 2);
        MemberFilter trash;
        trash.deleted = true;
        m_model->setFilter(trash);
        QCOMPARE(m_model->rowCount(), 2);
        QVERIFY(m_model->data(m_model->index(0, 0), MemberTableModel::DeletedRole).toBool());
        trash.search = QStringLiteral("member1@");
        m_model->setFilter(trash);
        QCOMPARE(m_model->rowCount(), 1);
        QVERIFY(repo.restore(refs).ok());
        m_model->setFilter({});
        QCOMPARE(m_model->rowCount(), fixtureSize);
    }

    void erasedMemberShowsAsEmptyUntilReload()
    {
        // Erase a member behind the model's back before its row was fetched: the row stays,
        // empty, until the next reload.
        QTemporaryDir dir;
        auto fx = fixture::build(dir.filePath(QStringLiteral("small.siyu")), 5);
        MemberTableModel model(*fx.ws);
        QVERIFY(MemberRepository(*fx.ws).erase(fx.members.at(2).ref).ok());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const int row = model.rowOf(fx.members.at(2).ref);
        QCOMPARE(model.data(model.index(row, 0)).toString(), QString());
        QVERIFY(model.data(model.index(row, 0), MemberTableModel::DeletedRole).toBool());
        QCOMPARE(model.data(model.index(row + 1, 0)).toString(), fx.members.at(1).memberId);
        QVERIFY(model.reload().ok());
        QCOMPARE(model.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(TestMemberTableModel)
#include "tst_membertablemodel.moc"
