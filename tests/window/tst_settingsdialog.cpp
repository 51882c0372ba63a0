// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog: the workspace's phone region, chosen among libphonenumber's regions.
#include "models/store/settings.h"
#include "models/store/workspace.h"
#include "widgets/common/settingsdialog.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
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
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
