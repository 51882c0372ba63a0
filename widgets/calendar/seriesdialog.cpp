// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/seriesdialog.h"

#include "models/common/units.h"
#include "models/store/workspace.h"
#include "widgets/calendar/contentitemdialog.h"
#include "widgets/members/counted.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace siyu {

namespace {

QComboBox *editableBox(const QStringList &entries)
{
    auto *box = new QComboBox;
    box->setEditable(true);
    box->addItem(QString());
    box->addItems(entries);
    return box;
}

} // namespace

SeriesDialog::SeriesDialog(Workspace &workspace, const ContentChoices &choices,
                           const ContentSeries &series, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_original(series)
{
    setWindowTitle(series.id ? tr("Edit SOP series") : tr("New SOP series"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(createWhat(choices));
    auto *right = new QVBoxLayout;
    right->addWidget(createWhen());
    right->addWidget(createWhere(choices));
    columns->addLayout(right);
    layout->addLayout(columns);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("calendarSeriesPreview"));
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill(series);
    updatePreview();
}

QWidget *SeriesDialog::createWhat(const ContentChoices &choices)
{
    auto *box = new QGroupBox(tr("What"));
    auto *form = new QFormLayout(box);
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("Monday check-in post"));
    form->addRow(tr("&Title:"), m_title);
    m_kind = new QComboBox;
    for (const QString &kind : content::kinds())
        m_kind->addItem(content::kindLabel(kind), kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_channel = editableBox(choices.channels);
    form->addRow(tr("C&hannel:"), m_channel);
    m_owner = editableBox(choices.owners);
    form->addRow(tr("&Owner:"), m_owner);
    m_campaign = new QComboBox;
    m_campaign->addItem(tr("(none)"), qint64(0));
    for (const NamedRef &campaign : choices.campaigns)
        m_campaign->addItem(campaign.name, campaign.ref);
    form->addRow(tr("&Campaign:"), m_campaign);
    m_status = new QComboBox;
    for (const QString &status : content::statuses()) {
        if (status == QLatin1String("published") || status == QLatin1String("reviewed"))
            continue; // a plan is not published yet
        m_status->addItem(content::statusLabel(status), status);
    }
    form->addRow(tr("St&atus:"), m_status);
    m_body = new QPlainTextEdit;
    m_body->setMaximumHeight(90);
    form->addRow(tr("&Body:"), m_body);
    return box;
}

QWidget *SeriesDialog::createWhen()
{
    auto *box = new QGroupBox(tr("When"));
    auto *form = new QFormLayout(box);
    m_weekly = new QRadioButton(tr("&Weekly on"));
    m_monthly = new QRadioButton(tr("&Monthly on day"));
    auto *group = new QButtonGroup(box);
    group->addButton(m_weekly);
    group->addButton(m_monthly);
    m_weekday = new QComboBox;
    const QLocale locale = units::editorLocale();
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(locale.standaloneDayName(day, QLocale::LongFormat), day);
    m_monthDay = new QSpinBox;
    m_monthDay->setRange(1, 31);
    m_monthDay->setToolTip(tr("In a shorter month, the series falls on its last day."));
    form->addRow(m_weekly, m_weekday);
    form->addRow(m_monthly, m_monthDay);
    m_time = new QTimeEdit;
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    form->addRow(tr("At (local &time):"), m_time);
    m_start = new QDateEdit;
    m_start->setCalendarPopup(true);
    m_start->setLocale(locale);
    m_start->setDisplayFormat(units::dateFormat());
    form->addRow(tr("&From:"), m_start);
    m_weeks = new QSpinBox;
    m_weeks->setRange(1, 104);
    m_weeks->setSuffix(tr(" weeks ahead"));
    form->addRow(tr("&Horizon:"), m_weeks);
    const auto changed = [this] {
        updatePreview();
    };
    connect(m_weekly, &QRadioButton::toggled, this, changed);
    connect(m_weekday, &QComboBox::currentIndexChanged, this, changed);
    connect(m_monthDay, &QSpinBox::valueChanged, this, changed);
    connect(m_start, &QDateEdit::dateChanged, this, changed);
    connect(m_weeks, &QSpinBox::valueChanged, this, changed);
    return box;
}

QWidget *SeriesDialog::createWhere(const ContentChoices &choices)
{
    auto *box = new QGroupBox(tr("Target groups"));
    auto *form = new QFormLayout(box);
    m_tag = new QLineEdit;
    m_tag->setPlaceholderText(tr("e.g. 福利"));
    m_tag->setToolTip(tr("Every group whose name or theme holds this text, now and when the "
                         "series is edited."));
    form->addRow(tr("Groups ta&gged:"), m_tag);
    m_groups = new QListWidget;
    m_groups->setMinimumSize(280, 160);
    for (const NamedRef &group : choices.groups) {
        auto *row = new QListWidgetItem(group.name, m_groups);
        row->setData(Qt::UserRole, group.ref);
        row->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("And these:"), m_groups);
    connect(m_tag, &QLineEdit::textChanged, this, [this] { updatePreview(); });
    connect(m_groups, &QListWidget::itemChanged, this, [this] { updatePreview(); });
    return box;
}

void SeriesDialog::fill(const ContentSeries &s)
{
    m_title->setText(s.title);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(s.kind)));
    m_channel->setEditText(s.channel);
    m_owner->setEditText(s.owner);
    m_campaign->setCurrentIndex(std::max(0, m_campaign->findData(s.campaignRef)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(s.status)));
    m_body->setPlainText(s.body);
    (s.frequency == ContentSeries::Frequency::Monthly ? m_monthly : m_weekly)->setChecked(true);
    m_weekday->setCurrentIndex(std::clamp(s.weekday, 1, 7) - 1);
    m_monthDay->setValue(s.monthDay);
    m_time->setTime(s.time);
    m_start->setDate(s.startsOn.isValid() ? s.startsOn : QDate::currentDate());
    const qint64 days =
        s.startsOn.isValid() && s.endsOn.isValid() ? s.startsOn.daysTo(s.endsOn) + 1 : 28;
    m_weeks->setValue(int(std::max<qint64>(1, (days + 6) / 7)));
    m_tag->setText(s.groupTag);
    for (int i = 0; i < m_groups->count(); ++i) {
        QListWidgetItem *row = m_groups->item(i);
        if (s.groupRefs.contains(row->data(Qt::UserRole).toLongLong()))
            row->setCheckState(Qt::Checked);
    }
}

ContentSeries SeriesDialog::series() const
{
    ContentSeries s = m_original;
    s.title = m_title->text().trimmed();
    s.kind = m_kind->currentData().toString();
    s.channel = m_channel->currentText().trimmed();
    s.owner = m_owner->currentText().trimmed();
    s.campaignRef = m_campaign->currentData().toLongLong();
    s.status = m_status->currentData().toString();
    s.body = m_body->toPlainText();
    s.frequency = m_monthly->isChecked() ? ContentSeries::Frequency::Monthly
                                         : ContentSeries::Frequency::Weekly;
    s.weekday = m_weekday->currentData().toInt();
    s.monthDay = m_monthDay->value();
    s.time = m_time->time();
    s.startsOn = m_start->date();
    s.endsOn = s.startsOn.addDays(7 * m_weeks->value() - 1);
    s.groupTag = m_tag->text().trimmed();
    s.groupRefs.clear();
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->checkState() == Qt::Checked)
            s.groupRefs << m_groups->item(i)->data(Qt::UserRole).toLongLong();
    }
    return s;
}

void SeriesDialog::updatePreview()
{
    m_weekday->setEnabled(m_weekly->isChecked());
    m_monthDay->setEnabled(m_monthly->isChecked());
    const ContentSeries s = series();
    const int occurrences = int(series::occurrenceDays(s).size());
    auto groups = SeriesRepository(m_workspace).targetGroups(s);
    const int groupCount = groups ? int(groups->size()) : 0;
    m_preview->setText(tr("Until %1: %2 × %3 = %4.")
                           .arg(units::date(s.endsOn),
                                counted(occurrences, tr("1 occurrence"), tr("%1 occurrences")),
                                counted(groupCount, tr("1 group"), tr("%1 groups")),
                                counted(occurrences * groupCount, tr("1 item"), tr("%1 items"))));
}

} // namespace siyu
