// SPDX-License-Identifier: GPL-3.0-or-later
// Saved segments: the list model, every change as an undoable command (save, freeze, rename,
// duplicate, delete: undo puts back the row id, the members and the sizes), and the export
// with and without masking, audited.
#include "builderfixture.h"

#include "models/items/savedsegmentmodel.h"
#include "models/items/segmentcommands.h"
#include "models/segments/segmentevaluator.h"
#include "models/segments/segmentexport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace siyu;

namespace {

qint64 count(Workspace &ws, const char *statement, const QVariantList &binds = {})
{
    auto value = sql::scalar(ws.db(), QString::fromUtf8(statement), binds);
    return value ? value->toLongLong() : -1;
}

} // namespace

class TestSavedSegments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private slots:
    void init()
    {
        auto ws = Workspace::open(m_dir.filePath(
            QStringLiteral("%1.siyu").arg(QString::fromLatin1(QTest::currentTestFunction()))));
        QVERIFY(ws);
        m_ws = std::move(*ws);
        QVERIFY(builderfixture::build(*m_ws));
    }

    void cleanup() { m_ws.reset(); }

    void savesRenamesDuplicatesDeletesWithUndo()
    {
        QUndoStack stack;
        SegmentEditor editor(*m_ws, &stack);
        SavedSegmentModel model(*m_ws);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&editor, &SegmentEditor::segmentsChanged, &model, [&model] { model.reload(); });
        QSignalSpy errors(&editor, &SegmentEditor::errorOccurred);

        auto rule = Rule::parse(builderfixture::expectedJson());
        QVERIFY(rule);
        const qint64 id = editor.addDynamic(QStringLiteral("Shanghai buyers"), *rule,
                                            SegmentSize{builderfixture::asOf(), 3});
        QVERIFY(id > 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, SavedSegmentModel::NameColumn)).toString(),
                 QStringLiteral("Shanghai buyers"));
        QCOMPARE(model.data(model.index(0, SavedSegmentModel::KindColumn)).toString(),
                 QStringLiteral("Dynamic"));
        QCOMPARE(model.data(model.index(0, 0), SavedSegmentModel::SizeRole).toLongLong(), 3);
        QCOMPARE(stack.count(), 1);

        // A size recorded later, then rename, duplicate and delete.
        QVERIFY(editor.repository().recordSize(id, builderfixture::asOf() + 86400, 4));
        QVERIFY(editor.rename(id, QStringLiteral("上海复购")));
        QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("上海复购"));
        const qint64 copy = editor.duplicate(id);
        QVERIFY(copy > 0 && copy != id);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(editor.repository().find(copy)->name, QStringLiteral("上海复购 copy"));
        QCOMPARE(editor.repository().find(copy)->rule, editor.repository().find(id)->rule);
        QVERIFY(editor.remove(id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(count(*m_ws, "SELECT count(*) FROM segment_sizes WHERE segment_ref = ?", {id}), 0);

        // Undo the delete: the same row id, with both sizes.
        stack.undo();
        QCOMPARE(model.rowCount(), 2);
        auto sizes = editor.repository().sizeHistory(id);
        QVERIFY(sizes);
        QCOMPARE(sizes->size(), size_t(2));
        QCOMPARE(sizes->back().size, 4);
        stack.undo(); // duplicate
        QCOMPARE(model.rowCount(), 1);
        stack.undo(); // rename
        QCOMPARE(editor.repository().find(id)->name, QStringLiteral("Shanghai buyers"));
        stack.undo(); // save
        QCOMPARE(model.rowCount(), 0);
        stack.redo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), id);
        // What was recorded after it was saved comes back with the redo too.
        QCOMPARE(editor.repository().sizeHistory(id)->size(), size_t(2));
        stack.redo();
        stack.redo();
        stack.redo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), copy);
        QVERIFY(errors.isEmpty());

        // Names are unique.
        QCOMPARE(editor.addDynamic(QStringLiteral("上海复购 copy"), *rule), 0);
        QCOMPARE(errors.count(), 1);
    }

    void freezesMembers()
    {
        QUndoStack stack;
        SegmentEditor editor(*m_ws, &stack);
        auto rule = Rule::parse(builderfixture::expectedJson());
        auto refs = SegmentEvaluator(*m_ws, builderfixture::asOf()).memberRefs(*rule);
        QVERIFY(refs);
        QCOMPARE(*refs, (std::vector<qint64>{2, 7, 9}));
        const qint64 id = editor.addStatic(QStringLiteral("Recall list"), *refs, rule->toJsonText(),
                                           SegmentSize{builderfixture::asOf(), 3});
        QVERIFY(id > 0);
        auto segment = editor.repository().find(id);
        QCOMPARE(segment->kind, Segment::Kind::Static);
        QCOMPARE(*editor.repository().memberRefs(*segment, 0), *refs);
        QVERIFY(editor.remove(id));
        stack.undo();
        QCOMPARE(*editor.repository().memberRefs(*editor.repository().find(id), 0), *refs);
        SavedSegmentModel model(*m_ws);
        QCOMPARE(model.data(model.index(0, SavedSegmentModel::KindColumn)).toString(),
                 QStringLiteral("Static"));
    }

    void exportsMaskedAndUnmaskedWithAudit()
    {
        SegmentRepository repository(*m_ws);
        auto rule = Rule::parse(builderfixture::expectedJson());
        const auto id = repository.saveDynamic(QStringLiteral("Shanghai buyers"), *rule);
        QVERIFY(id);
        auto condition = repository.condition(*repository.find(*id), builderfixture::asOf());
        QVERIFY(condition);
        const QString masked = m_dir.filePath(QStringLiteral("masked.csv"));
        auto rows = segmentexport::writeCsv(*m_ws, *condition, masked, *id);
        QVERIFY(rows);
        QCOMPARE(*rows, 3);
        QFile file(masked);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(!text.contains(QStringLiteral("13812345678")));
        QVERIFY(!text.contains(QStringLiteral("li@example.com")));
        QCOMPARE(count(*m_ws,
                       "SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                       "object_kind = 'segment' AND object_ref = ?",
                       {*id}),
                 1);
        QCOMPARE(count(*m_ws, "SELECT count(*) FROM audit_log WHERE action = 'unmask'"), 0);

        const QString full = m_dir.filePath(QStringLiteral("unmasked.csv"));
        QCOMPARE(*segmentexport::writeCsv(*m_ws, *condition, full, *id, true), 3);
        QFile fullFile(full);
        QVERIFY(fullFile.open(QIODevice::ReadOnly));
        const QString fullText = QString::fromUtf8(fullFile.readAll());
        QVERIFY(fullText.contains(QStringLiteral("+8613812345678")));
        QVERIFY(fullText.contains(QStringLiteral("li@example.com")));
        QCOMPARE(count(*m_ws,
                       "SELECT count(*) FROM audit_log WHERE action = 'unmask' AND "
                       "object_kind = 'segment' AND object_ref = ?",
                       {*id}),
                 1);
        QCOMPARE(count(*m_ws, "SELECT count(*) FROM audit_log WHERE action = 'export'"), 2);
        // The audit log holds counts, never the data.
        QCOMPARE(count(*m_ws, "SELECT count(*) FROM audit_log WHERE detail LIKE '%13812345678%' "
                              "OR detail LIKE '%example.com%'"),
                 0);
    }
};

QTEST_MAIN(TestSavedSegments)
#include "tst_savedsegments.moc"
