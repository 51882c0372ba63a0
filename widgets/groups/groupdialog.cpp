// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/groups/groupdialog.h"

#include "models/items/grouplistmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace siyu {

GroupDialog::GroupDialog(const std::vector<StaffEntry> &staff, const QStringList &platforms,
                         const GroupSummary *existing, Submit submit, QWidget *parent)
    : QDialog(parent), m_submit(std::move(submit))
{
    setWindowTitle(existing ? tr("Edit Group") : tr("New Group"));
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Required"));
    m_platform = new QComboBox;
    m_platform->setEditable(true);
    m_platform->addItem(QString(), QString());
    QStringList known{QStringLiteral("wecom"),    QStringLiteral("wechat"),
                      QStringLiteral("telegram"), QStringLiteral("discord"),
                      QStringLiteral("slack"),    QStringLiteral("whatsapp")};
    for (const QString &platform : platforms) {
        if (!known.contains(platform))
            known << platform;
    }
    for (const QString &platform : std::as_const(known))
        m_platform->addItem(GroupListModel::platformTitle(platform), platform);
    m_owner = new QComboBox;
    m_owner->addItem(tr("(nobody)"), QVariant());
    for (const StaffEntry &entry : staff)
        m_owner->addItem(entry.name, entry.ref);
    m_theme = new QLineEdit;
    m_cap = new QSpinBox;
    m_cap->setRange(0, 100000);
    m_cap->setSpecialValueText(tr("No cap"));
    m_cap->setToolTip(tr("WeChat groups stop at 500; WeCom customer groups at 200 or 500"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    if (!existing) {
        m_groupId = new QLineEdit;
        m_groupId->setPlaceholderText(tr("Made up when left empty"));
        form->addRow(tr("Group ID"), m_groupId);
    }
    form->addRow(tr("Platform"), m_platform);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Theme"), m_theme);
    form->addRow(tr("Member cap"), m_cap);

    if (existing) {
        m_name->setText(existing->name);
        const int platform = m_platform->findData(existing->platform);
        if (platform >= 0)
            m_platform->setCurrentIndex(platform);
        else
            m_platform->setEditText(existing->platform);
        const int owner = existing->ownerRef ? m_owner->findData(*existing->ownerRef) : 0;
        m_owner->setCurrentIndex(qMax(0, owner));
        m_theme->setText(existing->theme);
        m_cap->setValue(existing->memberCap.value_or(0));
    }

    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(palette);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Add Group"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

NewGroup GroupDialog::group() const
{
    NewGroup g;
    g.groupId = m_groupId ? m_groupId->text().trimmed() : QString();
    g.name = m_name->text().trimmed();
    // A platform chosen from the list is its code; one typed in is kept as typed.
    const int index = m_platform->findText(m_platform->currentText());
    g.platform =
        index >= 0 ? m_platform->itemData(index).toString() : m_platform->currentText().trimmed();
    if (m_owner->currentData().isValid())
        g.ownerRef = m_owner->currentData().toLongLong();
    g.theme = m_theme->text().trimmed();
    if (m_cap->value() > 0)
        g.memberCap = m_cap->value();
    return g;
}

QString GroupDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void GroupDialog::accept()
{
    const NewGroup g = group();
    QString error;
    if (g.name.isEmpty())
        error = tr("Enter the group's name.");
    else if (m_submit)
        error = m_submit(g);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        if (g.name.isEmpty())
            m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace siyu
