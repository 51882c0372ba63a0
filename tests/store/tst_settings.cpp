// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace settings changed together (as the settings dialog does): all or nothing, audited,
// and how the window shows the workspace's figures (currency, zone).
#include "models/store/settings.h"
#include "models/store/settingschange.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"
#include "models/store/workspacedisplay.h"

#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<Workspace> open(const char *name)
    {
        auto ws = Workspace::open(m_dir.filePath(QLatin1String(name)));
        return ws ? std::move(*ws) : nullptr;
    }

    static int auditLines(Workspace &ws)
    {
        return sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                   "action = 'settings'"))
            ->toInt();
    }

private slots:
    void changesAreWrittenTogetherAndAudited()
    {
        auto ws = open("a.siyu");
        QVERIFY(ws);
        SettingsChange change;
        change.set(settings::currency, QStringLiteral("USD"));
        change.set(settings::brandName, QStringLiteral("Qingyou Tea"));
        change.set(settings::churnDays, settings::churnDays.defaultValue()); // unchanged
        QCOMPARE(change.changedKeys(*ws),
                 (QStringList{QStringLiteral("currency"), QStringLiteral("brand_name")}));
        QVERIFY(change.apply(*ws));
        QCOMPARE(settings::currency.get(*ws), QStringLiteral("USD"));
        QCOMPARE(settings::brandName.get(*ws), QStringLiteral("Qingyou Tea"));
        QCOMPARE(auditLines(*ws), 1);
        const QString detail =
            sql::scalar(ws->db(), QStringLiteral("SELECT detail FROM audit_log WHERE "
                                                 "action = 'settings'"))
                ->toString();
        QVERIFY2(detail.contains(QStringLiteral("currency: CNY -> USD")), qPrintable(detail));
        QVERIFY(!detail.contains(QStringLiteral("churn_days")));
        // Nothing changed: nothing written, nothing audited.
        QVERIFY(change.apply(*ws));
        QCOMPARE(auditLines(*ws), 1);
    }

    void aFailedChangeWritesNothing()
    {
        auto ws = open("b.siyu");
        QVERIFY(ws);
        // A trigger refuses the second write: the first one is rolled back with it.
        QVERIFY(
            sql::exec(ws->db(), QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON settings "
                                               "WHEN NEW.key = 'brand_name' BEGIN "
                                               "SELECT RAISE(ABORT, 'refused'); END")));
        SettingsChange change;
        change.set(settings::currency, QStringLiteral("GBP"));
        change.set(settings::brandName, QStringLiteral("Qingyou Tea"));
        QVERIFY(!change.apply(*ws));
        QCOMPARE(settings::currency.get(*ws), QStringLiteral("CNY"));
        QCOMPARE(auditLines(*ws), 0);
    }

    void displayIsTheWorkspaceCurrencyAndZone()
    {
        auto ws = open("c.siyu");
        QVERIFY(ws);
        QVERIFY(settings::timeZone.set(*ws, QStringLiteral("Asia/Tokyo")));
        ws->reloadSettings();
        units::Display display = workspaceDisplay(*ws, QLocale(QStringLiteral("zh_CN")));
        QCOMPARE(display.currency, QStringLiteral("CNY")); // the default
        QCOMPARE(display.zone.id(), QByteArray("Asia/Tokyo"));
        QCOMPARE(display.locale.language(), QLocale::Chinese);
        QVERIFY(settings::currency.set(*ws, QStringLiteral(" hkd ")));
        display = workspaceDisplay(*ws, QLocale(QStringLiteral("en")));
        QCOMPARE(display.currency, QStringLiteral("HKD"));
        QCOMPARE(units::money(123450, display), QStringLiteral("HK$1,234.50"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
