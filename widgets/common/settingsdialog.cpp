// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/settingsdialog.h"

#include "models/common/phone.h"
#include "models/common/units.h"
#include "models/store/settings.h"
#include "models/store/settingschange.h"
#include "models/store/workspace.h"
#include "widgets/common/preferences.h"

#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace siyu {

namespace {

struct Currency
{
    const char *code;
    const char *name;
};

// The currencies brands using Siyu trade in most; another code kept in a workspace is offered
// too.
constexpr Currency currencies[] = {
    {"CNY", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "Chinese yuan")},
    {"USD", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "US dollar")},
    {"EUR", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "Euro")},
    {"GBP", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "Pound sterling")},
    {"HKD", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "Hong Kong dollar")},
    {"JPY", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "Japanese yen")},
    {"TWD", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "New Taiwan dollar")},
    {"SGD", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "Singapore dollar")},
    {"AUD", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "Australian dollar")},
    {"CAD", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "Canadian dollar")},
    {"KRW", QT_TRANSLATE_NOOP("siyu::SettingsDialog", "South Korean won")},
};

QString currencyLabel(const QString &code, const QString &name)
{
    const QString symbol = units::currencySymbol(code).trimmed();
    return symbol == code ? QStringLiteral("%1 — %2").arg(code, name)
                          : QStringLiteral("%1 %2 — %3").arg(symbol, code, name);
}

QComboBox *currencyChooser()
{
    auto *box = new QComboBox;
    for (const Currency &c : currencies) {
        const QString code = QLatin1String(c.code);
        box->addItem(
            currencyLabel(code, QCoreApplication::translate("siyu::SettingsDialog", c.name)), code);
    }
    return box;
}

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

void chooseCurrency(QComboBox *box, const QString &code)
{
    if (box->findData(code) < 0)
        box->addItem(currencyLabel(code, code), code);
    box->setCurrentIndex(box->findData(code));
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
    m_brandName = new QLineEdit;
    m_brandName->setPlaceholderText(workspace ? workspace->displayName() : QString());
    m_brandName->setToolTip(tr("Heads the weekly report; empty uses the workspace's name."));
    m_currency = currencyChooser();
    m_currency->setToolTip(tr("Every amount of the workspace is in this currency."));
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
    wsForm->addRow(tr("&Brand name:"), m_brandName);
    wsForm->addRow(tr("C&urrency:"), m_currency);
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
        m_brandName->setText(settings::brandName.get(*workspace));
        chooseCurrency(m_currency, settings::currency.get(*workspace).trimmed().toUpper());
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
        SettingsChange change;
        change.set(settings::brandName, m_brandName->text().trimmed());
        change.set(settings::currency, m_currency->currentData().toString());
        change.set(settings::timeZone, QString::fromUtf8(zone));
        m_churnDaysChange.reset();
        if (m_churnDays->value() != settings::churnDays.get(*m_workspace))
            m_churnDaysChange = m_churnDays->value();
        change.set(settings::weeklyContactCap, m_contactCap->value());
        change.set(settings::phoneRegion, m_phoneRegion->currentData().toString());
        if (const Status status = change.apply(*m_workspace); !status) {
            QMessageBox::warning(this, windowTitle(), status.error().toString());
            return;
        }
        m_workspace->reloadSettings();
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != prefs::language.get();
    prefs::language.set(language);
    QDialog::accept();
}

} // namespace siyu
