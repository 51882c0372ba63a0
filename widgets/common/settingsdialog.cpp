// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/settingsdialog.h"

#include "models/store/settings.h"
#include "models/store/workspace.h"
#include "widgets/common/preferences.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace siyu {

SettingsDialog::SettingsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(prefs::language.get())));

    auto *appBox = new QGroupBox(tr("Application"));
    auto *appForm = new QFormLayout(appBox);
    appForm->addRow(tr("&Language:"), m_language);

    auto *wsBox = new QGroupBox(workspace ? tr("Workspace “%1”").arg(workspace->displayName())
                                          : tr("Workspace (none open)"));
    auto *wsForm = new QFormLayout(wsBox);
    m_timeZone = new QComboBox;
    m_timeZone->setEditable(true);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(id));
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_churnDays = new QSpinBox;
    m_churnDays->setRange(7, 730);
    m_churnDays->setSuffix(tr(" days"));
    m_contactCap = new QSpinBox;
    m_contactCap->setRange(1, 50);
    m_contactCap->setSuffix(tr(" per week"));
    wsForm->addRow(tr("&Time zone:"), m_timeZone);
    wsForm->addRow(tr("&Churn after no activity for:"), m_churnDays);
    wsForm->addRow(tr("Contact &cap per member:"), m_contactCap);
    if (workspace) {
        m_timeZone->setCurrentText(QString::fromUtf8(workspace->timeZone().id()));
        m_churnDays->setValue(settings::churnDays.get(*workspace));
        m_contactCap->setValue(settings::weeklyContactCap.get(*workspace));
    }
    wsBox->setEnabled(workspace != nullptr);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(appBox);
    layout->addWidget(wsBox);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    if (m_workspace) {
        const QByteArray zone = m_timeZone->currentText().trimmed().toUtf8();
        if (!QTimeZone(zone).isValid()) {
            QMessageBox::warning(
                this, windowTitle(),
                tr("“%1” is not a time zone this computer knows.").arg(m_timeZone->currentText()));
            return;
        }
        for (const Status &status :
             {settings::timeZone.set(*m_workspace, QString::fromUtf8(zone)),
              settings::churnDays.set(*m_workspace, m_churnDays->value()),
              settings::weeklyContactCap.set(*m_workspace, m_contactCap->value())}) {
            if (!status) {
                QMessageBox::warning(this, windowTitle(), status.error().toString());
                return;
            }
        }
        m_workspace->reloadSettings();
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != prefs::language.get();
    prefs::language.set(language);
    QDialog::accept();
}

} // namespace siyu
