// SPDX-License-Identifier: GPL-3.0-or-later
// SideFile and checkSideFile (models/common/sidefile.h): a side file is written whole or not
// at all, with its permissions from creation, and never replaces the workspace or an input.
#include "models/common/sidefile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace siyu;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString &path)
{
    struct stat info;
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

} // namespace

class TestSideFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private slots:
    void writesWholeOrNothing()
    {
        const QString target = path(QStringLiteral("out.csv"));
        QVERIFY(QFile(target).open(QIODevice::WriteOnly)); // an old file stays until finish()
        {
            SideFile file(target, SideFile::Access::OwnerOnly);
            QVERIFY(file.open().ok());
            QVERIFY(file.write("a,b\n").ok());
            QCOMPARE(readAll(target), QByteArray());
            QCOMPARE(entries().size(), 2); // the target and the file being written
            QVERIFY(file.finish().ok());
        }
        QCOMPARE(readAll(target), QByteArray("a,b\n"));
        QCOMPARE(modeOf(target), 0600);
        QCOMPARE(entries(), QStringList{QStringLiteral("out.csv")});
        // Abandoned (an error elsewhere, a destructor): nothing new is left.
        {
            SideFile file(path(QStringLiteral("gone.csv")));
            QVERIFY(file.open().ok());
            QVERIFY(file.write("x").ok());
        }
        QCOMPARE(entries(), QStringList{QStringLiteral("out.csv")});
        // Discarded after finish(): the finished file goes too.
        SideFile again(path(QStringLiteral("undone.csv")));
        QVERIFY(again.open().ok() && again.write("y").ok() && again.finish().ok());
        QVERIFY(QFile::exists(path(QStringLiteral("undone.csv"))));
        again.discard();
        QCOMPARE(entries(), QStringList{QStringLiteral("out.csv")});
    }

    void aFullDeviceFails()
    {
        SideFile file(QStringLiteral("/dev/full"));
        QVERIFY(file.open().ok());
        QVERIFY(file.write(QByteArray(100, 'x')).ok()); // buffered
        const Status finished = file.finish();
        QVERIFY(!finished.ok());
        QCOMPARE(finished.error().file, QStringLiteral("/dev/full"));
        QVERIFY2(finished.error().message.contains(QLatin1String("cannot be written")),
                 qPrintable(finished.error().message));
        // The device is still the device.
        struct stat info;
        QCOMPARE(::stat("/dev/full", &info), 0);
        QVERIFY(S_ISCHR(info.st_mode));
    }

    void aMissingFolderFails()
    {
        SideFile file(path(QStringLiteral("no/such/x.csv")));
        QVERIFY(!file.open().ok());
        QVERIFY(!file.finish().ok());
    }

    void theWorkspaceAndInputsAreRefused()
    {
        const QString ws = path(QStringLiteral("w.siyu"));
        QVERIFY(QFile(ws).open(QIODevice::WriteOnly));
        const QString input = path(QStringLiteral("in.csv"));
        QVERIFY(QFile(input).open(QIODevice::WriteOnly));
        const QString dangling = path(QStringLiteral("to-wal"));
        QVERIFY(QFile::link(ws + QStringLiteral("-wal"), dangling)); // no -wal yet
        const QString hard = path(QStringLiteral("hard"));
        QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(hard).constData()),
                 0);
        QDir(m_dir.path()).mkdir(QStringLiteral("d"));
        const QStringList refused{ws,
                                  ws + QStringLiteral("-shm"),
                                  ws + QStringLiteral("-journal"),
                                  dangling,
                                  hard,
                                  input,
                                  m_dir.path() + QStringLiteral("/d/../w.siyu")};
        for (const QString &bad : refused) {
            const Status status = checkSideFile(QStringLiteral("--out"), bad, ws, {input});
            QVERIFY2(!status.ok(), qPrintable(bad));
            QVERIFY(status.error().message.startsWith(QLatin1String("--out names the ")));
            QCOMPARE(status.error().file, bad);
        }
        QVERIFY(
            checkSideFile(QStringLiteral("--out"), path(QStringLiteral("fine.csv")), ws, {input})
                .ok());
        QVERIFY(
            checkSideFile(QStringLiteral("--out"), path(QStringLiteral("w.siyu.csv")), ws, {input})
                .ok());
        QVERIFY(sameFile(hard, input));
        QVERIFY(!sameFile(ws, input));
    }
};

QTEST_GUILESS_MAIN(TestSideFile)
#include "tst_sidefile.moc"
