// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard as a new user meets it: a WeCom customer export saved by Excel in GBK is
// recognised, one mapping is fixed, the bad rows are explained, the import runs, is undone and
// runs again.
#include "importfixture.h"
#include "models/common/units.h"
#include "models/import/importhistory.h"
#include "models/import/importhistorymodel.h"
#include "models/import/importmappingmodel.h"
#include "models/import/importpreviewmodel.h"
#include "models/import/invalidrowsmodel.h"
#include "models/store/settings.h"
#include "widgets/import/importhistorydialog.h"
#include "widgets/import/importwizard.h"
#include "widgets/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace siyu;
using namespace siyu::testing;

namespace {

// Excel's export of WeCom's customer list: a title row, then the header; one column Siyu does
// not know (所在省市), and three bad rows: a phone Excel turned into a formula, one it turned
// into scientific notation, and a time that is not one.
const char *const wecomCustomers =
    "客户列表（导出时间：2026-11-20 10:00）,,,,,,,,,,\n"
    "客户名称,备注,性别,添加人,添加时间,标签,来源,外部联系人ID,UnionID,手机号,所在省市\n"
    "张三,老客户,男,李四,2026/11/16 9:05,VIP、茶友,扫描二维码,wmABC001,o6_x001,13800138000,杭州\n"
    "王芳,,女,李四,2026-11-17 10:00:00,\"新客,茶友\",搜索手机号,wmABC002,,=\"0139000000\",上海\n"
    "Lucy,,未知,赵六,2026/11/18 14:30,,,wmABC003,,1.38001E+10,北京\n"
    "李雷,,男,赵六,2026/11/19 08:00,茶友,名片分享,wmABC004,,13700137000,广州\n"
    "韩梅梅,,女,赵六,昨天下午,茶友,名片分享,wmABC005,,13600136000,深圳\n"
    "小明,,男,李四,2026/11/20 11:00,,,wmABC006,,13500135000,成都\n";

// Telegram's chat export (Export chat history › JSON), shortened.
const char *const telegramExport = R"json({
 "name": "Siyu Club", "type": "private_supergroup", "id": 1234567,
 "messages": [
  {"id": 1, "type": "service", "date": "2026-11-01T10:00:00", "date_unixtime": "1793527200",
   "actor": "Alice", "actor_id": "user1", "action": "create_group", "title": "Siyu Club",
   "members": ["Alice"], "text": ""},
  {"id": 2, "type": "message", "date": "2026-11-01T10:06:00", "date_unixtime": "1793527560",
   "from": "Bob", "from_id": "user2", "text": "hi"}
 ]
})json";

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QString m_file;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // With SIYU_SHOTS_DIR set, each step is saved as a PNG there, to look at.
    static void shot(QWidget &widget, const char *name)
    {
        const QString dir = qEnvironmentVariable("SIYU_SHOTS_DIR");
        if (!dir.isEmpty())
            widget.grab().save(QStringLiteral("%1/wizard-%2.png").arg(dir, QLatin1String(name)));
    }

    template<typename T> static T *child(QObject &parent, const char *name)
    {
        return parent.findChild<T *>(QLatin1String(name));
    }

    // From the source page to the summary, checking the dry run on the way.
    void importFromSourcePage(ImportWizard &wizard)
    {
        QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QVERIFY(wizard.mappingModel()->isModified()); // the fixed mapping is kept
        QSignalSpy checked(&wizard, &ImportWizard::dryRunFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPageId));
        shot(wizard, "check-running");
        QVERIFY(checked.wait());
        shot(wizard, "check");
        QVERIFY(wizard.dryRun() && wizard.dryRun()->ok());
        QCOMPARE(wizard.dryRun()->value().summary(),
                 QStringLiteral("read 6, inserted 3, updated 0, rejected 3"));
        QCOMPARE(wizard.invalidRowsModel()->rowCount(), 3);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QSignalSpy imported(&wizard, &ImportWizard::importFinished);
        wizard.next();
        shot(wizard, "run");
        QVERIFY(imported.wait());
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPageId));
        shot(wizard, "summary");
        QVERIFY(wizard.importResult() && wizard.importResult()->ok());
        QCOMPARE(wizard.importResult()->value().summary(),
                 QStringLiteral("read 6, inserted 3, updated 0, rejected 3"));
        QCOMPARE(count(*m_ws, QStringLiteral("members")), 3);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_ws = openWorkspace(path(QStringLiteral("w.siyu")), QStringLiteral("Asia/Shanghai"));
        QVERIFY(m_ws);
        m_file = writeFile(path(QStringLiteral("客户列表.csv")),
                           encode(QString::fromUtf8(wecomCustomers), "GB18030"));
    }

    // The open workspace (by any name) is never read as an export, not even for the preview.
    void theWorkspaceIsNoFileToImport()
    {
        const QString link = path(QStringLiteral("w-link.csv"));
        QVERIFY(QFile::link(m_ws->path(), link));
        ImportWizard wizard(m_ws.get());
        wizard.setFiles({link});
        QVERIFY2(wizard.previewError().contains(QLatin1String("The file to import names")),
                 qPrintable(wizard.previewError()));
        QVERIFY(wizard.previewModel()->rowCount() == 0);
        QCOMPARE(value(*m_ws, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void recognisesFixesImportsUndoesAndImportsAgain()
    {
        const QByteArray empty = dataDigest(*m_ws);
        ImportWizard wizard(m_ws.get());
        QSignalSpy changed(&wizard, &ImportWizard::workspaceChanged);
        QAbstractItemModelTester previewTester(
            wizard.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester invalidTester(
            wizard.invalidRowsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        wizard.setFiles({m_file});
        wizard.show();

        // Recognised, and said so; GBK read as GB18030; the header found on row 2.
        QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePageId));
        QCOMPARE(child<QComboBox>(wizard, "preset")->currentData().toString(),
                 QStringLiteral("wecom-customers"));
        QVERIFY(child<QLabel>(wizard, "recognised")->text().contains(QLatin1String("Recognised")));
        QCOMPARE(child<QComboBox>(wizard, "encoding")->currentText(), QStringLiteral("GB18030"));
        QCOMPARE(child<QComboBox>(wizard, "delimiter")->currentData().toInt(), int(','));
        QVERIFY(child<QLabel>(wizard, "headerRow")->text().contains(QLatin1Char('2')));
        ImportPreviewModel *preview = wizard.previewModel();
        QCOMPARE(preview->rowCount(), 6);
        QCOMPARE(preview->data(preview->index(0, 0)).toString(), QStringLiteral("张三"));
        // Phones are masked in the preview as in every list (column 9 is 手机号).
        QCOMPARE(preview->data(preview->index(0, 9)).toString(), QStringLiteral("138****8000"));
        QVERIFY(preview->headerData(0, Qt::Horizontal).toString().contains(QLatin1String("name")));
        QVERIFY(preview->headerData(10, Qt::Horizontal)
                    .toString()
                    .contains(QLatin1String("not imported")));
        shot(wizard, "source");

        // One mapping fixed: 所在省市 is the city.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        ImportMappingModel *mapping = wizard.mappingModel();
        QAbstractItemModelTester mappingTester(
            mapping, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int phoneRow = mapping->rowOf(QStringLiteral("手机号"));
        QCOMPARE(
            mapping->data(mapping->index(phoneRow, ImportMappingModel::SampleColumn)).toString(),
            QStringLiteral("138****8000"));
        const int row = mapping->rowOf(QStringLiteral("所在省市"));
        QVERIFY(row >= 0);
        const QModelIndex field = mapping->index(row, ImportMappingModel::FieldColumn);
        QCOMPARE(field.data(Qt::EditRole).toString(), QString());
        QVERIFY(field.data(ImportMappingModel::ChoiceValuesRole)
                    .toList()
                    .contains(QStringLiteral("city")));
        // As a user does it: the field's combo box in the mapping table.
        auto *view = child<QTableView>(wizard, "mappingTable");
        QCOMPARE(view->model(), mapping);
        view->edit(field);
        auto *combo = qobject_cast<QComboBox *>(view->indexWidget(field));
        if (!combo)
            combo = view->viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        shot(wizard, "mapping-editor");
        const int city = combo->findData(QStringLiteral("city"));
        QVERIFY(city > 0);
        combo->setCurrentIndex(city);
        emit combo->activated(city);
        QCOMPARE(field.data().toString(), QStringLiteral("city"));
        QVERIFY(mapping->isModified());
        QVERIFY(preview->headerData(10, Qt::Horizontal).toString().contains(QLatin1String("city")));
        // A transform: tags keep WeCom's separators.
        const QModelIndex tags = mapping->index(mapping->rowOf(QStringLiteral("标签")),
                                                ImportMappingModel::TransformColumn);
        QCOMPARE(tags.data(Qt::EditRole).toInt(), int(ImportMappingModel::Transform::SplitList));
        shot(wizard, "mapping");
        wizard.back();

        // The dry run explains the three bad rows, naming row and column.
        importFromSourcePage(wizard);
        const QList<Error> &invalid = wizard.invalidRowsModel()->rows();
        QCOMPARE(invalid.at(0).row, 4);
        QCOMPARE(invalid.at(0).column, QStringLiteral("手机号"));
        QVERIFY(invalid.at(0).message.contains(QLatin1String("Excel")));
        QCOMPARE(invalid.at(1).row, 5);
        QVERIFY(invalid.at(1).message.contains(QLatin1String("scientific")));
        QCOMPARE(invalid.at(2).row, 7);
        QCOMPARE(invalid.at(2).column, QStringLiteral("添加时间"));
        const QModelIndex reason =
            wizard.invalidRowsModel()->index(2, InvalidRowsModel::ReasonColumn);
        QCOMPARE(reason.data().toString(), invalid.at(2).message);
        QCOMPARE(changed.count(), 1);

        // The summary: counts, the rejects file, and the fixed mapping took effect.
        const QString counts = child<QLabel>(wizard, "summaryCounts")->text();
        QVERIFY(counts.contains(QLatin1String(">6<")) && counts.contains(QLatin1String(">3<")));
        const QString rejects = m_file + QStringLiteral(".rejects.csv");
        QVERIFY(QFileInfo::exists(rejects));
        QVERIFY(child<QLabel>(wizard, "rejectsLink")
                    ->text()
                    .contains(QUrl::fromLocalFile(rejects).toString(QUrl::FullyEncoded)));
        QCOMPARE(
            value(*m_ws, QStringLiteral("SELECT city FROM members WHERE name = '张三'")).toString(),
            QStringLiteral("杭州"));

        // Undo this import: the workspace is as it was.
        QPushButton *undo = child<QPushButton>(wizard, "undoImport");
        QVERIFY(undo->isVisible() && undo->isEnabled());
        QSignalSpy undone(&wizard, &ImportWizard::undoFinished);
        undo->click();
        QVERIFY(undone.wait());
        QVERIFY(wizard.undoResult() && wizard.undoResult()->ok());
        QCOMPARE(wizard.undoResult()->value().removed, 3);
        QCOMPARE(count(*m_ws, QStringLiteral("members")), 0);
        QCOMPARE(dataDigest(*m_ws), empty);
        QCOMPARE(changed.count(), 2);
        shot(wizard, "undone");

        // Import again, with the same fixed mapping.
        QPushButton *again = child<QPushButton>(wizard, "importAgain");
        QVERIFY(again->isVisible());
        again->click();
        importFromSourcePage(wizard);
        QCOMPARE(changed.count(), 3);
    }

    void historyListsEveryBatch()
    {
        ImportHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(m_ws.get()));
        QCOMPARE(model.rowCount(), 2);
        // Newest first: the second import stands, the first is undone.
        QCOMPARE(model.index(0, 0).data(ImportHistoryModel::UndoneRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(ImportHistoryModel::UndoneRole).toBool(), true);
        QVERIFY(model.index(1, ImportHistoryModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Undone")));
        QCOMPARE(model.index(0, ImportHistoryModel::FilesColumn).data().toString(),
                 QStringLiteral("客户列表.csv"));
        QCOMPARE(model.index(0, ImportHistoryModel::PresetColumn).data().toString(),
                 QStringLiteral("wecom-customers (edited)"));
        QCOMPARE(model.index(0, ImportHistoryModel::InsertedColumn).data().toLongLong(), 3);
        QCOMPARE(model.index(0, ImportHistoryModel::RejectedColumn).data().toLongLong(), 3);
    }

    // The times are the workspace's (UTC+14 here, while the tests run in UTC), in the format of
    // the language, and labelled with the zone.
    void historyTimesAreInTheWorkspaceZone_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void historyTimesAreInTheWorkspaceZone()
    {
        QFETCH(QString, language);
        const QString zoneBefore = settings::timeZone.get(*m_ws);
        QVERIFY(settings::timeZone.set(*m_ws, QStringLiteral("Pacific/Kiritimati")));
        m_ws->reloadSettings();
        units::Display display;
        display.locale = QLocale(language);
        units::Display::setCurrent(display);
        auto batches = ImportHistory::batches(*m_ws);
        QVERIFY(batches && !batches->empty());
        qint64 newest = 0;
        for (const ImportBatch &b : *batches)
            newest = std::max(newest, b.startedAt);
        const QDateTime there =
            QDateTime::fromSecsSinceEpoch(newest, QTimeZone::utc()).addSecs(14 * 3600);
        static const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        const QDate d = there.date();
        const QString clock = there.time().toString(QStringLiteral("HH:mm"));
        const QString expected = language == QLatin1String("en")
                                     ? QStringLiteral("%1 %2 %3 %4")
                                           .arg(d.day())
                                           .arg(QLatin1String(months[d.month() - 1]))
                                           .arg(d.year())
                                           .arg(clock)
                                     : QStringLiteral("%1年%2月%3日 %4")
                                           .arg(d.year())
                                           .arg(d.month())
                                           .arg(d.day())
                                           .arg(clock);
        ImportHistoryModel model;
        QVERIFY(model.reload(m_ws.get()));
        QCOMPARE(model.index(0, ImportHistoryModel::TimeColumn).data().toString(), expected);
        QCOMPARE(model.headerData(ImportHistoryModel::TimeColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Times in Pacific/Kiritimati (UTC+14:00)"));
        ImportHistoryDialog dialog(m_ws.get());
        QCOMPARE(child<QLabel>(dialog, "zoneNote")->text(),
                 QStringLiteral("Times in Pacific/Kiritimati (UTC+14:00)"));
        units::Display::setCurrent({});
        QVERIFY(settings::timeZone.set(*m_ws, zoneBefore));
        m_ws->reloadSettings();
    }

    void historyDialogUndoesABatch()
    {
        ImportHistoryDialog dialog(m_ws.get());
        QCOMPARE(dialog.model()->rowCount(), 2);
        dialog.show();
        shot(dialog, "history");
        const qint64 batch =
            dialog.model()->index(0, 0).data(ImportHistoryModel::BatchIdRole).toLongLong();
        QVERIFY(child<QPushButton>(dialog, "undoBatch")->isEnabled());
        QSignalSpy undone(&dialog, &ImportHistoryDialog::undoFinished);
        QSignalSpy changed(&dialog, &ImportHistoryDialog::workspaceChanged);
        dialog.undoBatch(batch);
        QVERIFY(undone.wait());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(count(*m_ws, QStringLiteral("members")), 0);
        QVERIFY(dialog.model()->index(0, 0).data(ImportHistoryModel::UndoneRole).toBool());
        // Nothing left to undo.
        QVERIFY(!child<QPushButton>(dialog, "undoBatch")->isEnabled());
        shot(dialog, "history-undone");
    }

    void withoutFilesStartsOnFilePage()
    {
        ImportWizard wizard(m_ws.get());
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, "file-empty");
        wizard.setFiles({m_file});
        wizard.restart();
        QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePageId));
        wizard.setStartId(ImportWizard::FilePageId);
        wizard.restart();
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        shot(wizard, "file");
    }

    // File › Import… waits for a workspace; a file dropped on the window opens the wizard on it.
    void mainWindowImportsDroppedFiles()
    {
        MainWindow window;
        window.show();
        QAction *import = nullptr;
        const QList<QAction *> actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
                import = action;
        }
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
        QVERIFY(window.openWorkspace(m_ws->path()));
        QVERIFY(import->isEnabled());

        // The wizard is modal: look at it, then close it, from a timer.
        int shownPage = -1;
        QStringList shownFiles;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget())) {
                shownPage = wizard->currentId();
                shownFiles = wizard->files();
                wizard->reject();
            }
        });
        closer.start(10);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(shownPage, int(ImportWizard::SourcePageId));
        QCOMPARE(shownFiles, QStringList{m_file});
    }

    // A chat export has no header: its kind of file chooses the preset, and it has no mapping
    // to edit.
    void chatExportChosenByItsKind()
    {
        auto ws = openWorkspace(path(QStringLiteral("chat.siyu")), QStringLiteral("UTC"));
        QVERIFY(ws);
        const QString file = writeFile(path(QStringLiteral("result.json")), telegramExport);
        ImportWizard wizard(ws.get());
        wizard.setFiles({file});
        wizard.show();
        QCOMPARE(wizard.presetName(), QStringLiteral("telegram-json"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        const QModelIndex first = wizard.mappingModel()->index(0, ImportMappingModel::FieldColumn);
        QVERIFY(!first.isValid() || !(first.flags() & Qt::ItemIsEditable));
        QSignalSpy checked(&wizard, &ImportWizard::dryRunFinished);
        wizard.next();
        QVERIFY(checked.wait());
        QVERIFY2(
            wizard.dryRun()->ok(),
            qPrintable(wizard.dryRun()->ok() ? QString() : wizard.dryRun()->error().toString()));
        QSignalSpy imported(&wizard, &ImportWizard::importFinished);
        wizard.next();
        QVERIFY(imported.wait());
        QVERIFY(wizard.importResult()->ok());
        QCOMPARE(wizard.importResult()->value().rejected, 0);
        QCOMPARE(count(*ws, QStringLiteral("groups")), 1);
    }

    // The detected encoding can be overridden, and the override undone.
    void encodingCanBeOverridden()
    {
        ImportWizard wizard(m_ws.get());
        wizard.setFiles({m_file});
        wizard.show();
        auto *encoding = child<QComboBox>(wizard, "encoding");
        const int utf8 = encoding->findData(int(TextEncoding::Utf8));
        encoding->setCurrentIndex(utf8);
        emit encoding->activated(utf8);
        QCOMPARE(wizard.readOptions().encoding, std::optional(TextEncoding::Utf8));
        QVERIFY(encoding->isEnabled());
        shot(wizard, "source-utf8");
        const int gb = encoding->findData(int(TextEncoding::Gb18030));
        encoding->setCurrentIndex(gb);
        emit encoding->activated(gb);
        QVERIFY(wizard.preview());
        QCOMPARE(wizard.preview()->encoding, TextEncoding::Gb18030);
        QCOMPARE(wizard.presetName(), QStringLiteral("wecom-customers"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void savedPresetIsOffered()
    {
        ImportWizard wizard(m_ws.get());
        wizard.setFiles({m_file});
        wizard.show();
        wizard.next();
        ImportMappingModel *mapping = wizard.mappingModel();
        QVERIFY(mapping->setData(mapping->index(mapping->rowOf(QStringLiteral("所在省市")),
                                                ImportMappingModel::FieldColumn),
                                 QStringLiteral("city")));
        QVERIFY(!wizard.savePreset(QStringLiteral("wecom-customers"))); // built-in: refused
        QVERIFY(wizard.savePreset(QStringLiteral("wecom-with-city")));
        QCOMPARE(wizard.presetName(), QStringLiteral("wecom-with-city"));
        QVERIFY(!mapping->isModified());
        QCOMPARE(ImportMappingModel::fieldsOf(mapping->preset(), QStringLiteral("所在省市")),
                 QStringLiteral("city"));
        auto catalog = PresetCatalog::load(m_ws.get());
        QVERIFY(catalog && catalog->find(u"wecom-with-city"));
        QVERIFY(child<QComboBox>(wizard, "preset")->findData(QStringLiteral("wecom-with-city")) >
                0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
