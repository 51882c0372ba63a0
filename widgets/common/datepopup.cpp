// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/datepopup.h"

#include <QCalendarWidget>
#include <QDate>
#include <QDateEdit>
#include <QEvent>

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

void prepareDatePopup(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    QCalendarWidget *calendar = edit->calendarWidget();
    calendar->setFirstDayOfWeek(Qt::Monday);
    calendar->setGridVisible(false);
    calendar->installEventFilter(new OpenOnToday(edit, calendar));
}

} // namespace siyu::ui
