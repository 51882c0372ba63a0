// SPDX-License-Identifier: GPL-3.0-or-later
// Erasing a member (PIPL/GDPR) leaves no copy of their phone, email or name anywhere in the
// workspace file: not in the full-text index, saved rules, the undo log or free pages; and
// taking back an import after an erasure never touches another member nor hand edits.
#include "importfixture.h"

#include "models/import/importhistory.h"
#include "models/store/grouprepository.h"
#include "models/store/memberrepository.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace siyu;
using namespace siyu::testing;

namespace {

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
};

Outcome runSiyu(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SIYU_BINARY), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The member to erase: values found nowhere else, a name in two scripts.
const QString secretName = QStringLiteral("Quixbertha 翟霙璎");
const QString secretPhone = QStringLiteral("13977553311");
const QString secretEmail = QStringLiteral("Quixbertha.Zhai@Erasure-Test.example");

QByteArray membersCsv()
{
    return "member_id,name,phone,email,joined_at,tags\n"
           "M1,Ann Lee,13800000001,ann@example.com,2026-11-01,vip\n"
           "M2,Bob Xu,13800000002,bob@example.com,2026-11-02,\n"
           "M3," +
           secretName.toUtf8() + "," + secretPhone.toUtf8() + "," + secretEmail.toUtf8() +
           ",2026-11-03,vip;new\n";
}

// Every form a copy could take in the file: as stored, folded as the trigram index folds it,
// and in UTF-16 in case anything stored it so.
QList<QByteArray> forms(const QStringList &values)
{
    QList<QByteArray> out;
    for (const QString &value : values) {
        for (const QString &v : {value, value.toLower(), value.toUpper()}) {
            out << v.toUtf8();
            out << QByteArray(reinterpret_cast<const char *>(v.utf16()), v.size() * 2);
        }
    }
    // Each part of the name alone.
    for (const QString &part : secretName.split(QLatin1Char(' ')))
        out << part.toUtf8() << part.toLower().toUtf8();
    return out;
}

// An FTS5 phrase: the trigram index matches it anywhere in a column.
QVariant phrase(const QString &term)
{
    return QString(QLatin1Char('"') + term + QLatin1Char('"'));
}

QStringList foundIn(const QString &wsPath, const QStringList &values)
{
    QStringList found;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        const QByteArray bytes = readFile(wsPath + suffix);
        for (const QByteArray &form : forms(values)) {
            if (bytes.contains(form))
                found << QStringLiteral("%1 in %2")
                             .arg(QString::fromUtf8(form).left(40),
                                  suffix.isEmpty() ? QStringLiteral("file") : suffix);
        }
    }
    return found;
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString newPath() { return path(QStringLiteral("erase%1.siyu").arg(++m_serial)); }

    ImportReport importOk(Workspace &ws, const QString &preset, const QByteArray &csv,
                          qint64 now = importNow)
    {
        const QString file = writeFile(path(QStringLiteral("in%1.csv").arg(++m_serial)), csv);
        ImportOptions o = options(preset, {file});
        o.now = now;
        auto report = runImport(ws, o);
        if (!report)
            qWarning("%s", qPrintable(report.error().toString()));
        return report ? *report : ImportReport();
    }

    qint64 refOf(Workspace &ws, const QString &memberId)
    {
        return value(ws, QStringLiteral("SELECT id FROM members WHERE member_id = ?"), {memberId})
            .toLongLong();
    }

    QStringList memberIds(Workspace &ws)
    {
        QStringList ids;
        auto query =
            sql::run(ws.db(), QStringLiteral("SELECT member_id FROM members ORDER BY member_id"));
        while (query && query->next())
            ids << query->value(0).toString();
        return ids;
    }

private slots:
    void erasureLeavesNoCopyInTheFile()
    {
        const QString wsPath = newPath();
        QStringList stored;
        QByteArray oldStructure;
        qint64 ref = 0;
        {
            auto ws = openWorkspace(wsPath);
            QVERIFY(ws);
            QVERIFY(importOk(*ws, QStringLiteral("siyu-members"), membersCsv()).batch > 0);
            // A later import changes the member: its undo log keeps their row as it was.
            QVERIFY(importOk(*ws, QStringLiteral("siyu-members"),
                             "member_id,city,tags,joined_at\nM3,Chengdu,vip,2026-11-03\n",
                             importNow + 60)
                        .batch > 0);
            QVERIFY(
                count(*ws, QStringLiteral("import_changes"),
                      QStringLiteral("action = 'update' AND before LIKE '%%1%'").arg(secretPhone)) >
                0);
            ref = refOf(*ws, QStringLiteral("M3"));
            QVERIFY(ref > 0);
            auto record = MemberRepository(*ws).load(ref);
            QVERIFY(record);
            stored = {record->name, record->phone, record->email};
            QCOMPARE(record->name, secretName);
            // A saved rule and a static list naming the member, a search that finds them.
            const QString rule =
                QStringLiteral(R"({"any":[{"field":"name","op":"=","value":"%1"},)"
                               R"({"field":"phone","op":"in","value":["%2","13800000001"]},)"
                               R"({"field":"email","op":"contains","value":"%3"}]})")
                    .arg(secretName, secretPhone, secretEmail.toLower());
            QVERIFY(sql::exec(ws->db(),
                              QStringLiteral("INSERT INTO segments (name, kind, rule, description) "
                                             "VALUES ('vip watch', 'dynamic', ?, ?)"),
                              {rule, QStringLiteral("asked for by %1").arg(secretName)}));
            QVERIFY(sql::exec(ws->db(),
                              QStringLiteral("INSERT INTO segments (id, name, kind) VALUES (7, "
                                             "'frozen', 'static')")));
            QVERIFY(sql::exec(ws->db(), QStringLiteral("INSERT INTO segment_members VALUES (7, ?)"),
                              {ref}));
            for (const QString &term : stored)
                QCOMPARE(value(*ws,
                               QStringLiteral("SELECT count(*) FROM members_fts WHERE "
                                              "members_fts MATCH ?"),
                               {phrase(term)})
                             .toInt(),
                         1);
            // What an attacker would put back into a copy to see the old index again.
            oldStructure = value(*ws, QStringLiteral("SELECT block FROM members_fts_data "
                                                     "WHERE id = 10"))
                               .toByteArray();
            QVERIFY(!oldStructure.isEmpty());
            QVERIFY(!foundIn(wsPath, stored).isEmpty()); // the check can see a copy

            auto erased = MemberRepository(*ws).erase(ref);
            QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));
            QVERIFY(erased->filePurged);
            QVERIFY(erased->copiesScrubbed >= 2);
            for (const QString &term : stored)
                QCOMPARE(value(*ws,
                               QStringLiteral("SELECT count(*) FROM members_fts WHERE "
                                              "members_fts MATCH ?"),
                               {phrase(term)})
                             .toInt(),
                         0);
            // The rule stays valid and names no one; the audit log names the row id only.
            QVERIFY(value(*ws, QStringLiteral("SELECT rule FROM segments WHERE name = 'vip "
                                              "watch'"))
                        .toString()
                        .contains(QStringLiteral("(erased)")));
            QCOMPARE(count(*ws, QStringLiteral("segment_members")), 0);
            QCOMPARE(count(*ws, QStringLiteral("audit_log"),
                           QStringLiteral("action = 'erase' AND object_ref = %1").arg(ref)),
                     1);
            QCOMPARE(value(*ws, QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            // Even while the workspace is open, the file and its WAL hold no copy.
            const QStringList whileOpen = foundIn(wsPath, stored);
            QVERIFY2(whileOpen.isEmpty(), qPrintable(whileOpen.join(QLatin1String("; "))));
        }
        const QStringList found = foundIn(wsPath, stored);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String("; "))));

        // The attack of the report: a copy with the old index header back finds nothing.
        const QString copy = path(QStringLiteral("attack.siyu"));
        QVERIFY(QFile::copy(wsPath, copy));
        {
            auto ws = openWorkspace(copy);
            QVERIFY(ws);
            QVERIFY(sql::exec(ws->db(),
                              QStringLiteral("UPDATE members_fts_data SET block = ? WHERE id = 10"),
                              {oldStructure}));
            for (const QString &term : stored) {
                auto hits = sql::run(ws->db(),
                                     QStringLiteral("SELECT rowid FROM members_fts WHERE "
                                                    "members_fts MATCH ?"),
                                     {phrase(term)});
                // An error (the old segments are gone) is as good as no row.
                while (hits && hits->next())
                    QVERIFY(hits->value(0).toLongLong() != ref);
            }
        }
    }

    void undoAfterEraseLeavesTheNewMember()
    {
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        const ImportReport first = importOk(*ws, QStringLiteral("siyu-members"), membersCsv());
        const qint64 highest = refOf(*ws, QStringLiteral("M3"));
        QVERIFY(MemberRepository(*ws).erase(highest));
        importOk(*ws, QStringLiteral("siyu-members"),
                 "member_id,name,phone,joined_at\nN1,New One,13700000009,2026-11-10\n",
                 importNow + 60);
        QCOMPARE(refOf(*ws, QStringLiteral("N1")), highest); // SQLite gave the id again
        auto undone = ImportHistory::undo(*ws, first.batch, importNow + 120);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(undone->removed, 2);
        QCOMPARE(memberIds(*ws), QStringList{QStringLiteral("N1")});
    }

    void undoSkipsIdsALaterBatchWasGivenAgain()
    {
        // A workspace erased by an earlier build: the batch's range still covers the id.
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        const ImportReport first = importOk(*ws, QStringLiteral("siyu-members"), membersCsv());
        const qint64 highest = refOf(*ws, QStringLiteral("M3"));
        for (const char *statement : {"DELETE FROM identities WHERE member_ref = ?",
                                      "DELETE FROM member_tags WHERE "
                                      "member_ref = ?",
                                      "DELETE FROM members WHERE id = ?"})
            QVERIFY(sql::exec(ws->db(), QString::fromLatin1(statement), {highest}));
        importOk(*ws, QStringLiteral("siyu-members"),
                 "member_id,name,phone,joined_at\nN1,New One,13700000009,2026-11-10\n",
                 importNow + 60);
        QCOMPARE(refOf(*ws, QStringLiteral("N1")), highest);
        auto undone = ImportHistory::undo(*ws, first.batch, importNow + 120);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(memberIds(*ws), QStringList{QStringLiteral("N1")});
    }

    void undoRefusesRowsEditedByHand()
    {
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        const ImportReport first = importOk(*ws, QStringLiteral("siyu-members"), membersCsv());
        const ImportReport second =
            importOk(*ws, QStringLiteral("siyu-members"),
                     "member_id,city,joined_at\nM1,Xi'an,2026-11-01\n", importNow + 60);
        MemberRepository members(*ws);
        // By hand since: a member the first batch added, one the second batch changed.
        QVERIFY(members.setField(refOf(*ws, QStringLiteral("M2")), MemberField::Remark,
                                 QStringLiteral("called back")));
        QVERIFY(members.setField(refOf(*ws, QStringLiteral("M1")), MemberField::Name,
                                 QStringLiteral("Ann Lee-Wu")));
        const QByteArray before = dataDigest(*ws);
        auto refused = ImportHistory::undo(*ws, second.batch, importNow + 120);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("M1")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("M2")));
        QVERIFY(!refused.error().message.contains(QStringLiteral("Ann")));
        QCOMPARE(dataDigest(*ws), before);
        refused = ImportHistory::undo(*ws, first.batch, importNow + 120);
        QVERIFY(!refused); // the later batch first, as ever
        // Without the later batch in the way, the first batch names both hand-edited rows.
        QVERIFY(sql::exec(ws->db(),
                          QStringLiteral("DELETE FROM import_changes WHERE batch_ref = ?"),
                          {second.batch}));
        QVERIFY(sql::exec(ws->db(),
                          QStringLiteral("UPDATE import_batches SET undone_at = 1 "
                                         "WHERE id = ?"),
                          {second.batch}));
        const QByteArray before2 = dataDigest(*ws);
        refused = ImportHistory::undo(*ws, first.batch, importNow + 120);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("M1, M2")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("13800000001")));
        QCOMPARE(dataDigest(*ws), before2);
    }

    // Groups keep no time of their own: the hand-edit log says which were edited since, exactly
    // (also within the import's own second).
    void undoRefusesGroupsEditedByHand()
    {
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        const ImportReport imported =
            importOk(*ws, QStringLiteral("siyu-groups"),
                     "group_id,name,platform\nG1,Tea lovers,wecom\nG2,Runners,wecom\n");
        auto ref = sql::scalar(ws->db(), QStringLiteral("SELECT id FROM groups WHERE group_id = "
                                                        "'G2'"));
        QVERIFY(ref && ref->isValid());
        GroupRepository groups(*ws);
        QVERIFY(groups.setField(ref->toLongLong(), GroupField::Theme, QStringLiteral("5k")));
        const QByteArray before = dataDigest(*ws);
        auto refused = ImportHistory::undo(*ws, imported.batch, importNow);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("G2")) &&
                     !refused.error().message.contains(QStringLiteral("G1")),
                 qPrintable(refused.error().message));
        QCOMPARE(dataDigest(*ws), before);
        // An edit made before a later batch does not hold that later batch back.
        const ImportReport later = importOk(*ws, QStringLiteral("siyu-groups"),
                                            "group_id,name,platform\nG3,Readers,wecom\n");
        QVERIFY(ImportHistory::undo(*ws, later.batch, importNow));
    }

    void tagsOnlyUpdateIsNoHandEdit()
    {
        auto ws = openWorkspace(newPath());
        QVERIFY(ws);
        importOk(*ws, QStringLiteral("siyu-members"), membersCsv());
        const ImportReport tags =
            importOk(*ws, QStringLiteral("siyu-members"),
                     "member_id,tags,joined_at\nM2,gold,2026-11-02\n", importNow + 60);
        auto undone = ImportHistory::undo(*ws, tags.batch, importNow + 120);
        QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().message));
        QCOMPARE(undone->restored, 1);
    }

    void eraseCommand()
    {
        const QString wsPath = newPath();
        const QString file = writeFile(path(QStringLiteral("cli.csv")), membersCsv());
        QCOMPARE(runSiyu({QStringLiteral("import"), QStringLiteral("--workspace"), wsPath,
                          QStringLiteral("--preset"), QStringLiteral("siyu-members"), file})
                     .exitCode,
                 0);
        // An unknown id among them: bad input, nothing erased.
        Outcome run = runSiyu({QStringLiteral("erase"), QStringLiteral("--workspace"), wsPath,
                               QStringLiteral("M3"), QStringLiteral("M404")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("M404")));
        QVERIFY(!foundIn(wsPath, {secretPhone}).isEmpty());
        run = runSiyu(
            {QStringLiteral("erase"), QStringLiteral("--workspace"), wsPath, QStringLiteral("M3")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("erased 1"));
        QVERIFY(!run.err.contains(secretPhone) && !run.out.contains(secretPhone));
        QVERIFY2(
            foundIn(wsPath, {secretName, secretPhone, secretEmail}).isEmpty(),
            qPrintable(
                foundIn(wsPath, {secretName, secretPhone, secretEmail}).join(QLatin1String("; "))));
        // Then a new member and the first batch taken back: the new member stays.
        const QString second = writeFile(path(QStringLiteral("cli2.csv")),
                                         "member_id,name,joined_at\nN1,New One,2026-11-10\n");
        QCOMPARE(runSiyu({QStringLiteral("import"), QStringLiteral("--workspace"), wsPath,
                          QStringLiteral("--preset"), QStringLiteral("siyu-members"), second})
                     .exitCode,
                 0);
        run = runSiyu({QStringLiteral("undo-import"), QStringLiteral("--workspace"), wsPath,
                       QStringLiteral("1")});
        QCOMPARE(run.exitCode, 0);
        auto ws = openWorkspace(wsPath);
        QVERIFY(ws);
        QCOMPARE(memberIds(*ws), QStringList{QStringLiteral("N1")});
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
