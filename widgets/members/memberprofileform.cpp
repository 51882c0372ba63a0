// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/members/memberprofileform.h"

#include "models/common/masking.h"
#include "models/common/timeutil.h"
#include "models/items/membertablemodel.h"
#include "models/store/memberfilter.h"
#include "widgets/common/datepopup.h"
#include "widgets/members/counted.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QToolButton>

namespace siyu {

namespace {

// An optional date shows "—" at its minimum, which means "none".
const QDate noDate(1970, 1, 1);

void selectData(QComboBox *combo, const QVariant &value)
{
    const int index = value.isValid() && !value.isNull() ? combo->findData(value) : 0;
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace

MemberProfileForm::MemberProfileForm(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buildForm();
    setEnabled(false);
}

void MemberProfileForm::buildForm()
{
    m_name = addText(MemberField::Name, tr("Name"));
    m_remark = addText(MemberField::Remark, tr("Remark"));
    m_gender = addCombo(MemberField::Gender, tr("Gender"));
    for (const char *code : {"M", "F", "U"}) {
        const QString gender = QString::fromLatin1(code);
        m_gender->addItem(MemberTableModel::genderTitle(gender), gender);
    }
    m_city = addText(MemberField::City, tr("City"));
    m_phone = addText(MemberField::Phone, tr("Phone"));
    m_email = addText(MemberField::Email, tr("Email"));
    m_source = addText(MemberField::Source, tr("Source"));
    m_source->setCompleter(new QCompleter(new QStringListModel(this), m_source));
    m_staff = addCombo(MemberField::Staff, tr("Staff"));
    m_stage = addCombo(MemberField::Stage, tr("Lifecycle stage"));
    for (const QString &stage : lifecycleStages())
        m_stage->addItem(MemberTableModel::stageTitle(stage), stage);
    m_joined = addDate(MemberField::JoinedAt, tr("Joined"), false);
    m_consent = addCombo(MemberField::Consent, tr("Consent"));
    m_consent->addItem(tr("Yes"), QStringLiteral("yes"));
    m_consent->addItem(tr("No"), QStringLiteral("no"));
    m_consent->addItem(tr("Unknown"), QStringLiteral("unknown"));
    m_consentAt = addDate(MemberField::ConsentAt, tr("Consent given"), true);
    m_consentSource = addText(MemberField::ConsentSource, tr("Consent source"));
    m_referrer = new QLabel;
    m_referrer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(tr("Referred by"), m_referrer);
    m_notes = new QPlainTextEdit;
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes about this member"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    m_notes->installEventFilter(this);
    m_form->addRow(tr("Notes"), m_notes);
}

QLineEdit *MemberProfileForm::addText(MemberField field, const QString &label)
{
    auto *edit = new QLineEdit;
    edit->setAccessibleName(label);
    connect(edit, &QLineEdit::editingFinished, this,
            [this, field, edit] { commitText(field, edit); });
    if (field == MemberField::Phone) // one button reveals phone and email
        m_form->addRow(label, withRevealButton(edit));
    else
        m_form->addRow(label, edit);
    return edit;
}

QWidget *MemberProfileForm::withRevealButton(QLineEdit *edit)
{
    auto *button = new QToolButton;
    button->setText(tr("Show"));
    button->setToolTip(
        tr("Show this member's phone and email (the audit log records that you did)"));
    connect(button, &QToolButton::clicked, this, &MemberProfileForm::revealRequested);
    m_reveal = button;
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    row->addWidget(button);
    return box;
}

QComboBox *MemberProfileForm::addCombo(MemberField field, const QString &label)
{
    auto *combo = new QComboBox;
    combo->setAccessibleName(label);
    connect(combo, &QComboBox::activated, this, [this, field, combo] {
        if (!m_loading && combo->currentData() != m_record.value(field))
            emit fieldEdited(field, combo->currentData());
    });
    m_form->addRow(label, combo);
    return combo;
}

QDateEdit *MemberProfileForm::addDate(MemberField field, const QString &label, bool optional)
{
    auto *edit = new QDateEdit;
    edit->setAccessibleName(label);
    if (optional) {
        edit->setMinimumDate(noDate);
        edit->setSpecialValueText(QStringLiteral("—"));
    }
    ui::prepareDatePopup(edit);
    connect(edit, &QDateEdit::editingFinished, this,
            [this, field, edit] { commitDate(field, edit); });
    connect(edit->calendarWidget(), &QCalendarWidget::clicked, this,
            [this, field, edit] { commitDate(field, edit); });
    m_form->addRow(label, edit);
    return edit;
}

void MemberProfileForm::setChoices(const QVector<MemberChoice> &staff, const QStringList &sources)
{
    m_staff->clear();
    m_staff->addItem(tr("— none —"), QVariant());
    for (const MemberChoice &choice : staff)
        m_staff->addItem(choice.name, choice.ref);
    if (auto *model = qobject_cast<QStringListModel *>(m_source->completer()->model()))
        model->setStringList(sources);
    if (m_record.ref > 0)
        selectData(m_staff, m_record.value(MemberField::Staff));
}

void MemberProfileForm::showContact(QLineEdit *edit, const QString &value, bool masked, bool email)
{
    edit->setText(masked ? (email ? masking::email(value) : masking::phone(value)) : value);
    edit->setReadOnly(masked);
    edit->setToolTip(masked ? tr("Masked: choose Show to see and edit it") : QString());
}

void MemberProfileForm::setRecord(const MemberRecord &record, const QTimeZone &zone, bool revealed)
{
    m_loading = true;
    m_record = record;
    m_zone = zone;
    m_revealed = revealed;
    m_name->setText(record.name);
    m_remark->setText(record.remark);
    selectData(m_gender, record.gender);
    m_city->setText(record.city);
    const bool hasContact = !record.phone.isEmpty() || !record.email.isEmpty();
    showContact(m_phone, record.phone, !revealed, false);
    showContact(m_email, record.email, !revealed, true);
    m_reveal->setVisible(!revealed && hasContact);
    m_source->setText(record.source);
    selectData(m_staff, record.value(MemberField::Staff));
    selectData(m_stage, record.stage);
    m_joined->setDate(timeutil::localDate(record.joinedAt, zone));
    selectData(m_consent, record.consent);
    m_consentAt->setDate(record.consentAt ? timeutil::localDate(*record.consentAt, zone) : noDate);
    m_consentSource->setText(record.consentSource);
    QString referrer = record.referrerRef ? record.referrerName : tr("—");
    if (record.referredCount > 0)
        referrer += QStringLiteral("   ·   ") +
                    counted(record.referredCount, tr("invited 1 member"), tr("invited %1 members"));
    m_referrer->setText(referrer);
    m_notes->setPlainText(record.notes);
    setEnabled(record.ref > 0 && !record.deletedAt);
    m_loading = false;
}

void MemberProfileForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void MemberProfileForm::commitText(MemberField field, QLineEdit *edit)
{
    if (m_loading || edit->isReadOnly() || m_record.ref == 0)
        return;
    const QString text = edit->text().trimmed();
    if (text != m_record.value(field).toString())
        emit fieldEdited(field, text);
}

void MemberProfileForm::commitDate(MemberField field, QDateEdit *edit)
{
    if (m_loading || m_record.ref == 0)
        return;
    const QDate date = edit->date();
    QVariant value;
    if (field == MemberField::JoinedAt) {
        // Keep the time of day: only the date was edited.
        const QDate before = timeutil::localDate(m_record.joinedAt, m_zone);
        value = m_record.joinedAt +
                (timeutil::startOfDay(date, m_zone) - timeutil::startOfDay(before, m_zone));
    } else if (date > noDate) {
        value = timeutil::startOfDay(date, m_zone);
    }
    const QVariant before = m_record.value(field);
    if (value.toLongLong() != before.toLongLong() || value.isValid() != before.isValid())
        emit fieldEdited(field, value);
}

void MemberProfileForm::commitNotes()
{
    if (m_loading || m_record.ref == 0)
        return;
    const QString notes = m_notes->toPlainText();
    if (notes != m_record.notes)
        emit fieldEdited(MemberField::Notes, notes);
}

bool MemberProfileForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commitNotes();
    return QWidget::eventFilter(watched, event);
}

} // namespace siyu
