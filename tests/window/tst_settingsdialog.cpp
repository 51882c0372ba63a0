// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog: the workspace's currency and brand name (in one audited change), shown
// on every amount of the window from then on; the phone region, among libphonenumber's regions.
#include "models/common/units.h"
#include "models/store/settings.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"
#include "widgets/common/language.h"
#include "widgets/common/settingsdialog.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace siyu;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QComboBox *currencyBox(QDialog &dialog)
    {
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->findData(QStringLiteral("USD")) >= 0)
                return box;
        }
        return nullptr;
    }

    static QLineEdit *brandEdit(QDialog &dialog)
    {
        const auto edits = dialog.findChildren<QLineEdit *>();
        for (QLineEdit *edit : edits) {
            if (!qobject_cast<QComboBox *>(edit->parent()))
                return edit;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void phoneRegionIsAWorkspaceSetting()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("s.siyu")));
        QVERIFY(ws);
        QComboBox *regions = nullptr;
        {
            SettingsDialog dialog(ws->get());
            for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
                if (box->findData(QStringLiteral("GB")) >= 0)
                    regions = box;
            }
            QVERIFY(regions);
            QVERIFY(regions->count() > 200);
            // The default, by name with its code and calling code.
            QCOMPARE(regions->currentData().toString(), QStringLiteral("CN"));
            QCOMPARE(regions->currentText(), QStringLiteral("China (CN, +86)"));
            regions->setCurrentIndex(regions->findData(QStringLiteral("US")));
            QCOMPARE(regions->currentText(), QStringLiteral("United States (US, +1)"));
            dialog.accept();
        }
        QCOMPARE(settings::phoneRegion.get(**ws), QStringLiteral("US"));
        SettingsDialog again(ws->get());
        for (QComboBox *box : again.findChildren<QComboBox *>()) {
            if (box->findData(QStringLiteral("GB")) >= 0)
                QCOMPARE(box->currentData().toString(), QStringLiteral("US"));
        }
    }

    void offersTheCommonCurrenciesWithTheirSymbols()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("offer.siyu")));
        QVERIFY(ws);
        SettingsDialog dialog(ws->get());
        QComboBox *box = currencyBox(dialog);
        QVERIFY(box);
        QCOMPARE(box->currentData().toString(), QStringLiteral("CNY")); // the default
        QVERIFY(box->currentText().startsWith(QStringLiteral("¥ CNY")));
        for (const char *code : {"USD", "EUR", "GBP", "HKD", "JPY", "TWD", "SGD"})
            QVERIFY2(box->findData(QLatin1String(code)) >= 0, code);
        QVERIFY(box->itemText(box->findData(QStringLiteral("HKD"))).startsWith(u"HK$ HKD"));
        // A code this version does not list is kept, not replaced by the first one.
        QVERIFY(settings::currency.set(**ws, QStringLiteral("CHF")));
        SettingsDialog again(ws->get());
        QCOMPARE(currencyBox(again)->currentData().toString(), QStringLiteral("CHF"));
    }

    // The language of the window is the language of its dates.
    void languageSetsTheDisplaysLocale()
    {
        language::install(QStringLiteral("zh_CN"));
        QCOMPARE(units::Display::current().locale.language(), QLocale::Chinese);
        QCOMPARE(units::date(QDate(2026, 11, 30)), QStringLiteral("2026年11月30日"));
        language::install(QStringLiteral("en"));
        QCOMPARE(units::date(QDate(2026, 11, 30)), QStringLiteral("30 Nov 2026"));
    }

    void setsCurrencyAndBrandAndTheWindowShowsThem()
    {
        const QString path = m_dir.filePath(QStringLiteral("window.siyu"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path));
        QCOMPARE(units::Display::current().currency, QStringLiteral("CNY"));
        QAction *settingsAction = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->menuRole() == QAction::PreferencesRole)
                settingsAction = action;
        }
        QVERIFY(settingsAction);
        bool edited = false;
        QTimer::singleShot(0, this, [&edited] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QComboBox *box = currencyBox(*dialog);
            QLineEdit *brand = brandEdit(*dialog);
            QVERIFY(box && brand);
            box->setCurrentIndex(box->findData(QStringLiteral("USD")));
            brand->setText(QStringLiteral("  Qingyou Tea "));
            edited = true;
            dialog->accept();
        });
        settingsAction->trigger();
        QVERIFY(edited);
        QCOMPARE(units::Display::current().currency, QStringLiteral("USD"));
        QCOMPARE(units::money(150000), QStringLiteral("$1,500.00"));
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QCOMPARE(settings::currency.get(**ws), QStringLiteral("USD"));
        QCOMPARE(settings::brandName.get(**ws), QStringLiteral("Qingyou Tea"));
        const auto audited = sql::scalar(
            (*ws)->db(), QStringLiteral("SELECT detail FROM audit_log WHERE action = 'settings'"));
        QVERIFY(audited);
        QVERIFY2(audited->toString().contains(QStringLiteral("currency: CNY -> USD")),
                 qPrintable(audited->toString()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
