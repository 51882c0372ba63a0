// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/contentitemdialog.h"

#include "models/common/units.h"
#include "models/segments/lifecycle.h"
#include "models/store/workspace.h"
#include "widgets/calendar/plannotes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace siyu {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(std::max(0, index));
}

void setEditableText(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    if (index >= 0)
        box->setCurrentIndex(index);
    else
        box->setEditText(text);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? units::number(*rate * 100.0, 1) + QLatin1Char('%') : QStringLiteral("—");
}

} // namespace

ContentChoices ContentChoices::load(Workspace &ws)
{
    ContentRepository repository(ws);
    ContentChoices choices;
    if (auto groups = repository.groups())
        choices.groups = std::move(*groups);
    if (auto campaigns = repository.campaigns())
        choices.campaigns = std::move(*campaigns);
    if (auto channels = repository.channels())
        choices.channels = *channels;
    if (auto owners = repository.owners())
        choices.owners = *owners;
    return choices;
}

ContentItemDialog::ContentItemDialog(Workspace &workspace, const ContentChoices &choices,
                                     const ContentItem &item, bool isNew, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_original(item), m_isNew(isNew)
{
    setWindowTitle(isNew ? tr("Plan a content item") : tr("Edit content item"));
    m_warningTimer = new QTimer(this);
    m_warningTimer->setSingleShot(true);
    m_warningTimer->setInterval(200);
    connect(m_warningTimer, &QTimer::timeout, this, &ContentItemDialog::updateWarnings);

    auto *layout = new QVBoxLayout(this);
    if (item.seriesRef > 0) {
        auto *note = new QLabel(tr("This item belongs to an SOP series: changes here apply to "
                                   "this occurrence only, and the series leaves it as you "
                                   "edit it."));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(createFields(choices));
    layout->addWidget(createMetrics());
    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("calendarItemWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("color: #b3261e;"));
    layout->addWidget(m_warnings);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    fill(item);
    updateRates();
    updateMetricsEnabled();
    updateWarnings();
    m_title->setFocus();
}

QWidget *ContentItemDialog::createFields(const ContentChoices &choices)
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_title = new QLineEdit;
    form->addRow(tr("&Title:"), m_title);
    m_kind = new QComboBox;
    for (const QString &kind : content::kinds())
        m_kind->addItem(content::kindLabel(kind), kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_channel = new QComboBox;
    m_channel->setEditable(true);
    m_channel->addItem(QString());
    m_channel->addItems(choices.channels);
    form->addRow(tr("C&hannel:"), m_channel);
    if (m_isNew) {
        m_groupList = new QListWidget;
        m_groupList->setMaximumHeight(110);
        for (const NamedRef &group : choices.groups) {
            auto *row = new QListWidgetItem(group.name, m_groupList);
            row->setData(Qt::UserRole, group.ref);
            row->setCheckState(Qt::Unchecked);
        }
        connect(m_groupList, &QListWidget::itemChanged, m_warningTimer,
                qOverload<>(&QTimer::start));
        form->addRow(tr("Target &groups:"), m_groupList);
    } else {
        m_group = new QComboBox;
        m_group->addItem(tr("(no group)"), qint64(0));
        for (const NamedRef &group : choices.groups)
            m_group->addItem(group.name, group.ref);
        connect(m_group, &QComboBox::currentIndexChanged, m_warningTimer,
                qOverload<>(&QTimer::start));
        form->addRow(tr("Target &group:"), m_group);
    }
    auto *when = new QHBoxLayout;
    m_date = new QDateEdit;
    m_date->setCalendarPopup(true);
    m_date->setLocale(units::editorLocale());
    m_date->setDisplayFormat(units::dateFormat());
    m_time = new QTimeEdit;
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addStretch();
    connect(m_date, &QDateEdit::dateChanged, m_warningTimer, qOverload<>(&QTimer::start));
    connect(m_time, &QTimeEdit::timeChanged, m_warningTimer, qOverload<>(&QTimer::start));
    form->addRow(tr("When:"), when);
    m_owner = new QComboBox;
    m_owner->setEditable(true);
    m_owner->addItem(QString());
    m_owner->addItems(choices.owners);
    form->addRow(tr("&Owner:"), m_owner);
    m_campaign = new QComboBox;
    m_campaign->addItem(tr("(none)"), qint64(0));
    for (const NamedRef &campaign : choices.campaigns)
        m_campaign->addItem(campaign.name, campaign.ref);
    form->addRow(tr("&Campaign:"), m_campaign);
    m_stage = new QComboBox;
    m_stage->addItem(tr("(any)"), QString());
    for (const QString &stage : lifecycle::stageKeys())
        m_stage->addItem(lifecycle::stageTitle(stage), stage);
    form->addRow(tr("Target &stage:"), m_stage);
    m_status = new QComboBox;
    for (const QString &status : content::statuses())
        m_status->addItem(
            content::statusMark(status) + QLatin1Char(' ') + content::statusLabel(status), status);
    connect(m_status, &QComboBox::currentIndexChanged, this,
            &ContentItemDialog::updateMetricsEnabled);
    form->addRow(tr("St&atus:"), m_status);
    m_body = new QPlainTextEdit;
    m_body->setPlaceholderText(tr("Text, links, notes for whoever posts it"));
    m_body->setMaximumHeight(90);
    form->addRow(tr("&Body:"), m_body);
    return box;
}

QWidget *ContentItemDialog::createMetrics()
{
    auto *box = new QGroupBox(tr("Results (once published)"));
    auto *grid = new QFormLayout(box);
    const QString labels[] = {tr("Reads:"),  tr("Likes:"),  tr("Comments:"),
                              tr("Shares:"), tr("Clicks:"), tr("Conversions:")};
    auto *row1 = new QHBoxLayout;
    auto *row2 = new QHBoxLayout;
    for (size_t i = 0; i < m_metrics.size(); ++i) {
        m_metrics[i] = new QSpinBox;
        m_metrics[i]->setRange(0, 1'000'000'000);
        m_metrics[i]->setGroupSeparatorShown(true);
        connect(m_metrics[i], &QSpinBox::valueChanged, this, &ContentItemDialog::updateRates);
        auto *label = new QLabel(labels[i]);
        label->setBuddy(m_metrics[i]);
        QHBoxLayout *row = i < 3 ? row1 : row2;
        row->addWidget(label);
        row->addWidget(m_metrics[i], 1);
    }
    grid->addRow(row1);
    grid->addRow(row2);
    m_rates = new QLabel;
    m_rates->setObjectName(QStringLiteral("calendarItemRates"));
    grid->addRow(m_rates);
    return box;
}

void ContentItemDialog::fill(const ContentItem &item)
{
    m_title->setText(item.title);
    selectData(m_kind, item.kind);
    setEditableText(m_channel, item.channel);
    if (m_group)
        selectData(m_group, item.groupRef);
    if (m_groupList) {
        for (int i = 0; i < m_groupList->count(); ++i) {
            QListWidgetItem *row = m_groupList->item(i);
            if (row->data(Qt::UserRole).toLongLong() == item.groupRef)
                row->setCheckState(Qt::Checked);
        }
    }
    const QDateTime at = QDateTime::fromSecsSinceEpoch(item.scheduledAt, m_workspace.timeZone());
    m_date->setDate(at.date());
    m_time->setTime(at.time());
    setEditableText(m_owner, item.owner);
    selectData(m_campaign, item.campaignRef);
    selectData(m_stage, item.targetStage);
    selectData(m_status, item.status);
    m_body->setPlainText(item.body);
    const qint64 values[] = {item.metrics.reads,  item.metrics.likes,  item.metrics.comments,
                             item.metrics.shares, item.metrics.clicks, item.metrics.conversions};
    for (size_t i = 0; i < m_metrics.size(); ++i)
        m_metrics[i]->setValue(int(std::min<qint64>(values[i], m_metrics[i]->maximum())));
}

ContentItem ContentItemDialog::item() const
{
    ContentItem item = m_original;
    item.title = m_title->text().trimmed();
    item.kind = m_kind->currentData().toString();
    item.channel = m_channel->currentText().trimmed();
    const QList<qint64> groups = groupRefs();
    item.groupRef = groups.isEmpty() ? 0 : groups.constFirst();
    item.scheduledAt =
        QDateTime(m_date->date(), m_time->time(), m_workspace.timeZone()).toSecsSinceEpoch();
    item.owner = m_owner->currentText().trimmed();
    item.campaignRef = m_campaign->currentData().toLongLong();
    item.targetStage = m_stage->currentData().toString();
    item.status = m_status->currentData().toString();
    item.body = m_body->toPlainText();
    item.metrics = {m_metrics[0]->value(), m_metrics[1]->value(), m_metrics[2]->value(),
                    m_metrics[3]->value(), m_metrics[4]->value(), m_metrics[5]->value()};
    return item;
}

QList<qint64> ContentItemDialog::groupRefs() const
{
    QList<qint64> refs;
    if (m_group) {
        if (const qint64 ref = m_group->currentData().toLongLong(); ref > 0)
            refs << ref;
        return refs;
    }
    for (int i = 0; i < m_groupList->count(); ++i) {
        if (m_groupList->item(i)->checkState() == Qt::Checked)
            refs << m_groupList->item(i)->data(Qt::UserRole).toLongLong();
    }
    return refs;
}

void ContentItemDialog::updateRates()
{
    const ContentMetrics m{m_metrics[0]->value(), m_metrics[1]->value(), m_metrics[2]->value(),
                           m_metrics[3]->value(), m_metrics[4]->value(), m_metrics[5]->value()};
    m_rates->setText(tr("Interaction rate %1 · Click-through rate %2")
                         .arg(percent(interactionRate(m)), percent(clickThroughRate(m))));
}

void ContentItemDialog::updateMetricsEnabled()
{
    const QString status = m_status->currentData().toString();
    const bool published =
        status == QLatin1String("published") || status == QLatin1String("reviewed");
    for (QSpinBox *box : m_metrics)
        box->setEnabled(published);
}

void ContentItemDialog::updateWarnings()
{
    m_warningTimer->stop();
    // A new item has no row of its own yet (id 0); an edited one stands in for its stored self.
    const QStringList lines = PlanNotes::forItem(m_workspace, item(), groupRefs());
    m_warnings->setText(lines.isEmpty()
                            ? QString()
                            : QStringLiteral("\u26a0 ") + lines.join(QStringLiteral("\n\u26a0 ")));
    m_warnings->setVisible(!lines.isEmpty());
}

} // namespace siyu
