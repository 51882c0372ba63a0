// SPDX-License-Identifier: GPL-3.0-or-later
// The KPI cards and the period picker show amounts in the workspace's currency, changes of
// rates in percentage points with enough digits, "—" with the reason where a KPI is not
// defined (and no arrow or colour for a change from or to it), and dates in one format per
// language.
#include "models/kpi/change.h"
#include "models/kpi/reportdata.h"
#include "models/kpi/scorecardmodel.h"
#include "models/store/workspace.h"
#include "widgets/common/datepopup.h"
#include "widgets/kpi/kpicard.h"
#include "widgets/kpi/periodpicker.h"
#include "widgets/kpi/scorecardpanel.h"

#include <QDateEdit>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace siyu;
using namespace siyu::kpi;

class TestKpiFormats : public QObject
{
    Q_OBJECT

    static units::Display display(const QString &language, const QString &currency)
    {
        units::Display d;
        d.locale = QLocale(language);
        d.currency = currency;
        d.zone = QTimeZone("Asia/Shanghai");
        return d;
    }

    static KpiRow row(Metric metric, std::optional<double> current, std::optional<double> previous)
    {
        KpiRow r{metric, current, previous, std::nullopt, {}};
        return r;
    }

    static QLabel *valueLabel(KpiCard &card)
    {
        for (QLabel *label : card.findChildren<QLabel *>()) {
            if (label->accessibleName() == title(card.metric()))
                return label;
        }
        return nullptr;
    }

private slots:
    void cleanup() { units::Display::setCurrent({}); }

    void cardsShowTheCurrency_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("previous");
        QTest::newRow("en CNY") << "en"
                                << "CNY"
                                << "¥31,240.50"
                                << "¥30,000.00";
        QTest::newRow("zh CNY") << "zh_CN"
                                << "CNY"
                                << "¥31,240.50"
                                << "¥30,000.00";
        QTest::newRow("en USD") << "en"
                                << "USD"
                                << "$31,240.50"
                                << "$30,000.00";
        QTest::newRow("zh EUR") << "zh_CN"
                                << "EUR"
                                << "€31,240.50"
                                << "€30,000.00";
    }

    void cardsShowTheCurrency()
    {
        QFETCH(QString, language);
        QFETCH(QString, currency);
        QFETCH(QString, value);
        QFETCH(QString, previous);
        units::Display::setCurrent(display(language, currency));
        KpiCard card(Metric::Gmv, false);
        card.setRow(row(Metric::Gmv, 31240.5, 30000.0), QStringLiteral("2026-W46"));
        QCOMPARE(card.valueText(), value);
        QVERIFY(card.toolTip().contains(previous));
        QVERIFY(card.changeText().contains(QStringLiteral("▲ 4.1%")));
        QVERIFY(card.changeText().contains(QStringLiteral("#1a7f37"))); // green
    }

    void ratesChangeInPercentagePoints()
    {
        KpiCard card(Metric::ActivityRate, false);
        card.setRow(row(Metric::ActivityRate, 0.024, 0.025), QStringLiteral("2026-W46"));
        // It read "▼ 0.0 pp".
        QVERIFY2(card.changeText().contains(QStringLiteral("▼ 0.1 pp")),
                 qPrintable(card.changeText()));
    }

    void notDefinedHasAReasonAndNoArrow()
    {
        // Nothing spent this week: CAC 0.00 was a green "▼ 100.0%".
        KpiCard cac(Metric::Cac, false);
        cac.setRow(row(Metric::Cac, 0.0, 12.0), QStringLiteral("2026-W46"));
        QCOMPARE(cac.valueText(), QStringLiteral("—"));
        QCOMPARE(valueLabel(cac)->toolTip(), undefinedReason(Metric::Cac, 0.0));
        QVERIFY(cac.toolTip().contains(QStringLiteral("no campaign cost in the period")));
        for (const QString &mark : {QStringLiteral("▲"), QStringLiteral("▼"),
                                    QStringLiteral("#1a7f37"), QStringLiteral("#cf222e")})
            QVERIFY2(!cac.changeText().contains(mark), qPrintable(cac.changeText()));
        QVERIFY(cac.changeText().contains(QStringLiteral("—")));

        // From "not defined" to a value: no change either, and the reason for last time.
        KpiCard churn(Metric::ChurnRate, false);
        churn.setRow(row(Metric::ChurnRate, 0.04, std::nullopt), QStringLiteral("2026-W46"));
        QCOMPARE(churn.valueText(), QStringLiteral("4.0%"));
        QVERIFY(!churn.changeText().contains(QStringLiteral("▲")));
        QVERIFY(!churn.changeText().contains(QStringLiteral("#cf222e")));
        QVERIFY(churn.toolTip().contains(QStringLiteral("no members at the start of the period")));
    }

    void periodLabelIsInTheWorkspaceZoneAndLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("first");
        QTest::newRow("en") << "en"
                            << "16 Nov 2026 – 22 Nov 2026";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "2026年11月16日 – 2026年11月22日";
    }

    void periodLabelIsInTheWorkspaceZoneAndLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, first);
        units::Display::setCurrent(display(language, QStringLiteral("CNY")));
        PeriodPicker picker;
        picker.setTimeZone(QTimeZone("Asia/Shanghai"));
        picker.setRange(QDate(2026, 11, 16), QDate(2026, 11, 22));
        QLabel *label = nullptr;
        for (QLabel *l : picker.findChildren<QLabel *>()) {
            if (l->text().contains(QStringLiteral("compared with")))
                label = l;
        }
        QVERIFY(label);
        QVERIFY2(label->text().startsWith(first + QStringLiteral(", compared with")),
                 qPrintable(label->text()));
        QVERIFY(!label->text().contains(QStringLiteral("2026-11-16"))); // one format only
        QCOMPARE(label->toolTip(), QStringLiteral("Days in Asia/Shanghai (UTC+08:00)"));
    }

    // Nothing spent: the only KPI with a target has no score, and the total says why it is "—".
    void scorecardTotalSaysWhyItIsNotDefined()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("score.siyu")));
        QVERIFY(ws);
        auto week = timeutil::parseIsoWeek(u"2026-W47", (*ws)->timeZone());
        QVERIFY(week);
        QVERIFY(TargetRepository(**ws).setTarget(PeriodKind::Week, week->firstDay,
                                                 {Metric::Cac, 20.0, 1.0}));
        ScorecardModel model;
        model.setWorkspace(ws->get(), nullptr);
        ScorecardPanel panel(&model);
        KpiValues values;
        values.period = *week;
        values.values[Metric::Cac] = 0.0;
        QVERIFY(model.setValues(values));
        QCOMPARE(panel.totalText(), QStringLiteral("—"));
        QLabel *total = nullptr;
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("—"))
                total = label;
        }
        QVERIFY(total);
        QVERIFY(total->toolTip().startsWith(QStringLiteral("Not defined: ")));
        values.values[Metric::Cac] = 25.0;
        QVERIFY(model.setValues(values));
        QCOMPARE(panel.totalText(), QStringLiteral("80"));
        QVERIFY(total->toolTip().isEmpty());
    }

    // Every date picker of the window shows dates as the rest of the window does (it showed
    // 2026-11-30 next to "30 Nov 2026").
    void datePickersUseTheWindowsFormat()
    {
        units::Display::setCurrent(display(QStringLiteral("zh_CN"), QStringLiteral("CNY")));
        QDateEdit zh;
        ui::prepareDatePopup(&zh);
        zh.setDate(QDate(2026, 11, 30));
        QCOMPARE(zh.text(), QStringLiteral("2026年11月30日"));
        units::Display::setCurrent(display(QStringLiteral("en"), QStringLiteral("CNY")));
        QDateEdit en;
        ui::prepareDatePopup(&en);
        en.setDate(QDate(2026, 11, 30));
        QCOMPARE(en.text(), QStringLiteral("30 Nov 2026"));
    }
};

QTEST_MAIN(TestKpiFormats)
#include "tst_kpiformats.moc"
