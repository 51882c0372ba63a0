// SPDX-License-Identifier: GPL-3.0-or-later
// The window's period picker: it opens on the last complete week, offers no period that has
// not begun, and going from Month back to Week keeps the week that was shown.
#include "widgets/kpi/periodpicker.h"

#include <QDateTime>
#include <QTest>
#include <QToolButton>

using namespace siyu;

class TestPeriodPicker : public QObject
{
    Q_OBJECT

    static QDate today(const QTimeZone &zone)
    {
        return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    }

    static QToolButton *button(PeriodPicker &picker, const QString &tip)
    {
        for (QToolButton *b : picker.findChildren<QToolButton *>()) {
            if (b->toolTip() == tip)
                return b;
        }
        return nullptr;
    }

private slots:
    void opensOnTheLastCompleteWeekAndOffersNoFuture()
    {
        const QTimeZone zone("Asia/Shanghai");
        PeriodPicker picker;
        picker.setTimeZone(zone);
        const QDate now = today(zone);
        const QDate thisMonday = now.addDays(1 - now.dayOfWeek());
        QCOMPARE(picker.mode(), PeriodPicker::Week);
        QCOMPARE(picker.period().firstDay, thisMonday.addDays(-7));
        QToolButton *next = button(picker, QStringLiteral("Next period"));
        QToolButton *previous = button(picker, QStringLiteral("Previous period"));
        QVERIFY(next && previous);
        QVERIFY(next->isEnabled()); // the current week has begun: it is offered, "so far"
        next->click();
        QCOMPARE(picker.period().firstDay, thisMonday);
        QVERIFY(!next->isEnabled()); // next week has not begun
        picker.showDay(now.addDays(30));
        QVERIFY(picker.period().firstDay <= now);

        previous->click();
        previous->click();
        const QDate shown = picker.period().firstDay;
        picker.setMode(PeriodPicker::Month);
        QCOMPARE(picker.period().firstDay, QDate(shown.year(), shown.month(), 1));
        QVERIFY(!next->isEnabled() || QDate(shown.year(), shown.month(), 1).addMonths(1) <= now);
        picker.setMode(PeriodPicker::Week);
        QCOMPARE(picker.period().firstDay, shown);
    }
};

QTEST_MAIN(TestPeriodPicker)
#include "tst_periodpicker.moc"
