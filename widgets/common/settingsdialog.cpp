// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/settingsdialog.h"

#include "models/common/phone.h"
#include "models/store/settings.h"
#include "models/store/workspace.h"
#include "widgets/common/preferences.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace siyu {

namespace {

// Every region libphonenumber knows, by name ("China (CN, +86)"), in the order of the names.
void fillPhoneRegions(QComboBox *box)
{
    QList<std::pair<QString, QString>> regions;
    for (const QString &code : phone::supportedRegions()) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code);
        const QString name =
            territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
        regions.append(
            {SettingsDialog::tr("%1 (%2, +%3)").arg(name, code).arg(phone::callingCode(code)),
             code});
    }
    std::sort(regions.begin(), regions.end());
    for (const auto &[label, code] : regions)
        box->addItem(label, code);
}

} // namespace

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
    m_phoneRegion = new QComboBox;
    fillPhoneRegions(m_phoneRegion);
    m_phoneRegion->setToolTip(
        tr("The country of a phone number written without its country code, in imports and "
           "when typed by hand. Numbers already stored keep theirs."));
    wsForm->addRow(tr("Contact &cap per member:"), m_contactCap);
    wsForm->addRow(tr("Default &phone region:"), m_phoneRegion);
    if (workspace) {
        m_timeZone->setCurrentText(QString::fromUtf8(workspace->timeZone().id()));
        m_churnDays->setValue(settings::churnDays.get(*workspace));
        m_contactCap->setValue(settings::weeklyContactCap.get(*workspace));
        m_phoneRegion->setCurrentIndex(
            m_phoneRegion->findData(settings::phoneRegion.get(*workspace)));
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
              settings::weeklyContactCap.set(*m_workspace, m_contactCap->value()),
              settings::phoneRegion.set(*m_workspace, m_phoneRegion->currentData().toString())}) {
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
