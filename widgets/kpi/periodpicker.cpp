// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/kpi/periodpicker.h"

#include "models/common/units.h"
#include "models/kpi/periods.h"
#include "models/kpi/reportdata.h"
#include "widgets/common/datepopup.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace siyu {

PeriodPicker::PeriodPicker(QWidget *parent) : QWidget(parent)
{
    m_mode = new QComboBox;
    m_mode->addItems({tr("Week"), tr("Month"), tr("Custom range")});
    m_mode->setAccessibleName(tr("Kind of period"));
    m_previous = new QToolButton;
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous period"));
    m_next = new QToolButton;
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next period"));
    m_from = new QDateEdit;
    m_from->setLocale(units::editorLocale());
    m_from->setCalendarPopup(true);
    m_from->setAccessibleName(tr("First day"));
    m_dash = new QLabel(QStringLiteral("–"));
    m_to = new QDateEdit;
    m_to->setLocale(units::editorLocale());
    m_to->setCalendarPopup(true);
    m_to->setAccessibleName(tr("Last day"));
    m_label = new QLabel;
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The period in words is as long as the language makes it: it wraps, the window keeps its
    // width.
    m_label->setWordWrap(true);
    m_label->setMinimumWidth(m_label->fontMetrics().averageCharWidth() * 16);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_mode, m_previous, m_from, m_dash, m_to, m_next})
        layout->addWidget(w);
    layout->addWidget(m_label, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        // Back to weeks: the week that was shown, not the first week of the month.
        if (mode() == Week && m_lastWeek.isValid()) {
            m_updating = true;
            m_from->setDate(m_lastWeek);
            m_updating = false;
        }
        normalise();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { normalise(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { normalise(); });
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(1); });
    // The last complete week: the current one is only "so far".
    showDay(today().addDays(-7));
}

void PeriodPicker::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    limitToToday();
    updateLabel();
}

QDate PeriodPicker::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}

// A period that has not begun has no KPIs: the picker does not offer one.
void PeriodPicker::limitToToday()
{
    const QDate last = today();
    m_from->setMaximumDate(last);
    m_to->setMaximumDate(last.addYears(1)); // a custom range may end later; it starts by today
    const QDate from = m_from->date();
    QDate next;
    switch (mode()) {
    case Week:
        next = from.addDays(7);
        break;
    case Month:
        next = from.addMonths(1);
        break;
    case Custom:
        next = from.addDays(from.daysTo(m_to->date()) + 1);
        break;
    }
    m_next->setEnabled(next <= last);
}

PeriodPicker::Mode PeriodPicker::mode() const
{
    return Mode(m_mode->currentIndex());
}

void PeriodPicker::setMode(Mode mode)
{
    m_mode->setCurrentIndex(int(mode));
}

void PeriodPicker::showDay(const QDate &day)
{
    m_updating = true;
    m_from->setDate(day);
    m_updating = false;
    normalise();
}

void PeriodPicker::setRange(const QDate &first, const QDate &last)
{
    m_updating = true;
    setMode(Custom);
    m_from->setDate(first);
    m_to->setDate(last);
    m_updating = false;
    normalise();
}

// Snaps the dates to the kind of period and tells listeners once.
void PeriodPicker::normalise()
{
    if (m_updating)
        return;
    m_updating = true;
    const QDate day = m_from->date();
    switch (mode()) {
    case Week:
        m_from->setDate(day.addDays(1 - day.dayOfWeek()));
        m_from->setDisplayFormat(units::dateFormat());
        break;
    case Month:
        m_from->setDate(QDate(day.year(), day.month(), 1));
        m_from->setDisplayFormat(units::monthFormat());
        break;
    case Custom:
        m_from->setDisplayFormat(units::dateFormat());
        m_to->setDisplayFormat(units::dateFormat());
        ui::fitDateText(m_to);
        if (m_to->date() < m_from->date())
            m_to->setDate(m_from->date().addDays(13));
        break;
    }
    ui::fitDateText(m_from);
    m_dash->setVisible(mode() == Custom);
    m_to->setVisible(mode() == Custom);
    if (mode() == Week)
        m_lastWeek = m_from->date();
    limitToToday();
    m_updating = false;
    updateLabel();
    emit periodChanged();
}

void PeriodPicker::step(int direction)
{
    const QDate from = m_from->date();
    m_updating = true;
    switch (mode()) {
    case Week:
        m_from->setDate(from.addDays(7 * direction));
        break;
    case Month:
        m_from->setDate(from.addMonths(direction));
        break;
    case Custom: {
        const qint64 days = from.daysTo(m_to->date()) + 1;
        m_from->setDate(from.addDays(days * direction));
        m_to->setDate(m_to->date().addDays(days * direction));
        break;
    }
    }
    m_updating = false;
    normalise();
}

Period PeriodPicker::period() const
{
    const QDate from = m_from->date();
    switch (mode()) {
    case Week:
        return timeutil::periodOfDays(from, from.addDays(7), m_zone);
    case Month:
        return timeutil::periodOfDays(from, from.addMonths(1), m_zone);
    case Custom:
        break;
    }
    return timeutil::periodOfDays(from, m_to->date().addDays(1), m_zone);
}

QString PeriodPicker::periodName() const
{
    const QDate from = m_from->date();
    switch (mode()) {
    case Week:
        return timeutil::isoWeekName(from);
    case Month:
        return from.toString(QStringLiteral("yyyy-MM"));
    case Custom:
        break;
    }
    return tr("%1 – %2").arg(from.toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
}

QDate PeriodPicker::reportMonday() const
{
    return kpi::lastMondayOf(period());
}

void PeriodPicker::updateLabel()
{
    const Period p = period();
    const Period before = kpi::previousPeriod(p, m_zone);
    const units::Display display = units::Display::in(m_zone);
    const auto range = [&display](const Period &q) {
        return tr("%1 – %2").arg(units::date(q.firstDay, display),
                                 units::date(q.endDay.addDays(-1), display));
    };
    // A custom range is its dates: its ISO name would say them a second time, differently.
    m_label->setText(
        mode() == Custom
            ? tr("%1, compared with %2").arg(range(p), range(before))
            : tr("%1 (%2), compared with %3").arg(periodName(), range(p), range(before)));
    m_label->setToolTip(tr("Days in %1").arg(units::zoneLabel(display)));
}

} // namespace siyu
