// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/datepopup.h"

#include "models/common/units.h"

#include <QCalendarWidget>
#include <QDate>
#include <QDateEdit>
#include <QEvent>
#include <QStyle>

namespace siyu::ui {

namespace {

class OpenOnToday : public QObject
{
public:
    OpenOnToday(QDateEdit *edit, QCalendarWidget *calendar) : QObject(calendar), m_edit(edit) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            auto *calendar = static_cast<QCalendarWidget *>(watched);
            const bool special =
                !m_edit->specialValueText().isEmpty() && m_edit->date() == m_edit->minimumDate();
            const QDate shown = special ? QDate::currentDate() : m_edit->date();
            calendar->setCurrentPage(shown.year(), shown.month());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit *m_edit;
};

} // namespace

void fitDateText(QDateEdit *edit)
{
    // QDateEdit's own size hint leaves out part of Chinese dates ("2026年11月23").
    const QString widest =
        units::editorLocale().toString(QDate(2026, 12, 28), edit->displayFormat());
    const int text = edit->fontMetrics().horizontalAdvance(widest + QLatin1Char(' '));
    edit->setMinimumWidth(text + edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 16);
}

void prepareDatePopup(QDateEdit *edit)
{
    // The date as every other date of the window shows it, in its language.
    edit->setLocale(units::editorLocale());
    edit->setDisplayFormat(units::dateFormat());
    fitDateText(edit);
    edit->setCalendarPopup(true);
    QCalendarWidget *calendar = edit->calendarWidget();
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setGridVisible(false);
    calendar->installEventFilter(new OpenOnToday(edit, calendar));
}

} // namespace siyu::ui
