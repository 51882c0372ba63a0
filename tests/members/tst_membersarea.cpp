// SPDX-License-Identifier: GPL-3.0-or-later
#include "memberfixture.h"

#include "models/items/membertablemodel.h"
#include "widgets/members/memberdetailpane.h"
#include "widgets/members/memberfilterbar.h"
#include "widgets/members/membersarea.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace siyu;

class TestMembersArea : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fixture::Fixture m_fx;
    QUndoStack m_stack;
    std::unique_ptr<MembersArea> m_area;
    int m_serial = 0;

    // SIYU_MEMBERS_SHOT=dir saves what each test left on screen, to look at.
    void shoot(const char *name)
    {
        const QString dir = qEnvironmentVariable("SIYU_MEMBERS_SHOT");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents(); // pending layout requests, as a real frame would
        m_area->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

private slots:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SiyuTests"));
        QSettings().remove(QStringLiteral("members/columns")); // each test starts with defaults
        m_fx = fixture::build(m_dir.filePath(QStringLiteral("a%1.siyu").arg(++m_serial)), 300);
        m_area = std::make_unique<MembersArea>();
        m_area->resize(1280, 760);
        m_area->setWorkspace(m_fx.ws.get(), &m_stack);
        m_area->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_area.get()));
    }

    void cleanup()
    {
        m_area->setWorkspace(nullptr, nullptr);
        m_area.reset();
        m_stack.clear();
        m_fx = {};
    }

    void showsEveryMember()
    {
        QCOMPARE(m_area->model()->rowCount(), 300);
        QCOMPARE(m_area->statusText(), QStringLiteral("300 members"));
        // The newest member is current and shown beside the list.
        QCOMPARE(m_area->detailPane()->currentMember(), m_fx.members.last().ref);
        shoot("members");
    }

    void typingInTheSearchBoxFilters()
    {
        m_area->searchBox()->setFocus();
        QTest::keyClicks(m_area->searchBox(), QStringLiteral("member12@"));
        // The search waits for a pause in typing, then runs once.
        QTRY_COMPARE(m_area->model()->rowCount(), 1);
        QVERIFY(m_area->statusText().startsWith(QStringLiteral("1 member")));
        QCOMPARE(m_area->detailPane()->currentMember(), m_fx.members.at(11).ref);
        shoot("search");
        m_area->searchBox()->clear();
        QTest::keyClick(m_area->searchBox(), Qt::Key_Return);
        QCOMPARE(m_area->model()->rowCount(), 300);
    }

    void noMatchShowsAnEmptyState()
    {
        QTest::keyClicks(m_area->searchBox(), QStringLiteral("nobody-like-this"));
        QTest::keyClick(m_area->searchBox(), Qt::Key_Return);
        QCOMPARE(m_area->model()->rowCount(), 0);

        QVERIFY(!m_area->view()->isVisible());
        const QList<QLabel *> labels = m_area->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text() == QStringLiteral("No members match");
        }));
        shoot("empty");
    }

    // Edit › Find of the main window asks the area (tst_mainwindow presses Ctrl+F).
    void findFocusesTheSearch()
    {
        m_area->view()->setFocus();
        QVERIFY(m_area->focusSearch());
        QVERIFY(m_area->searchBox()->hasFocus());
    }

    void showMembersShowsExactlyThoseWithACaption()
    {
        m_area->showMembers({m_fx.members.at(4).ref, m_fx.members.at(8).ref},
                            QStringLiteral("Churn warnings"));
        QCOMPARE(m_area->model()->rowCount(), 2);
        const QList<QLabel *> labels = m_area->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().startsWith(QStringLiteral("Churn warnings"));
        }));
        shoot("caption");
        const QList<QPushButton *> buttons = m_area->findChildren<QPushButton *>();
        auto all = std::find_if(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
            return button->isVisible() && button->text() == QStringLiteral("Show all members");
        });
        QVERIFY(all != buttons.cend());
        (*all)->click();
        QCOMPARE(m_area->model()->rowCount(), 300);
    }

    void deleteKeyDeletesAndUndoRestores()
    {
        const qint64 ref = m_area->detailPane()->currentMember();
        m_area->view()->setFocus();
        QTest::keyClick(m_area->view(), Qt::Key_Delete);
        QCOMPARE(m_area->model()->rowCount(), 299);
        QCOMPARE(m_area->model()->rowOf(ref), -1);
        QCOMPARE(m_stack.count(), 1);
        m_stack.undo();
        QCOMPARE(m_area->model()->rowCount(), 300);
        QVERIFY(m_area->model()->rowOf(ref) >= 0);
    }

    // After Delete the selection moves on to the next row, not back to the top.
    void deleteMovesTheSelectionToTheNextRow()
    {
        QItemSelectionModel *selection = m_area->view()->selectionModel();
        selection->setCurrentIndex(m_area->model()->index(5, 0),
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const qint64 next = m_area->model()->memberRef(6);
        m_area->view()->setFocus();
        QTest::keyClick(m_area->view(), Qt::Key_Delete);
        QCOMPARE(selection->currentIndex().row(), 5);
        QCOMPARE(m_area->model()->memberRef(selection->currentIndex().row()), next);
        QCOMPARE(selection->selectedRows().size(), 1);
        m_stack.undo();
    }

    void headerClickSortsBySql()
    {
        QHeaderView *header = m_area->view()->horizontalHeader();
        header->setSortIndicator(MemberTableModel::MemberIdColumn, Qt::AscendingOrder);
        QCOMPARE(m_area->model()->memberRef(0), m_fx.members.first().ref);
        header->setSortIndicator(MemberTableModel::PhoneColumn, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(MemberTableModel::MemberIdColumn));
        QCOMPARE(m_area->model()->memberRef(0), m_fx.members.first().ref);
    }

    void enterOpensTheDetail()
    {
        m_area->view()->setFocus();
        QTest::keyClick(m_area->view(), Qt::Key_Return);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus && m_area->detailPane()->isAncestorOf(focus));
        shoot("detail");
        // A member with tags, groups, events and orders, each tab in turn.
        auto *tabs = m_area->detailPane()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        m_area->detailPane()->showMember(m_fx.members.at(59).ref);
        for (int tab = 1; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            shoot(qPrintable(QStringLiteral("detail-tab%1").arg(tab)));
        }
    }
};

QTEST_MAIN(TestMembersArea)
#include "tst_membersarea.moc"
