// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QFile>
#include <QStringList>

namespace siyu {

// A file a command or the window writes beside its work: a rejects file, an export, a report.
//
// It is written whole or not at all: into a new file next to the target (created with the
// permissions asked for, never changed afterwards), every write, the flush, the sync and the
// close checked, then renamed over the target. A target that exists and is not a regular file
// (a device such as /dev/full, a pipe) is written directly, with the same checks. Until
// finish() succeeds nothing is left at the target; discard() (or the destructor) removes the
// temporary file, and after finish() it removes the finished file again.
class SideFile
{
public:
    // Owner-only (0600) for files that hold personal data; otherwise the usual permissions
    // (0666 less the umask).
    enum class Access
    {
        Usual,
        OwnerOnly
    };

    explicit SideFile(QString path, Access access = Access::Usual);
    ~SideFile();
    SideFile(const SideFile &) = delete;
    SideFile &operator=(const SideFile &) = delete;

    const QString &path() const { return m_path; }
    bool isOpen() const { return m_file.isOpen(); }
    Status open();
    Status write(QByteArrayView data);
    // For writers that take a QIODevice (QPdfWriter): write errors are found by finish().
    QIODevice *device() { return &m_file; }
    // Flush, sync, close, check, and move into place.
    Status finish();
    void discard();

private:
    Error failure(const QString &reason) const;

    QString m_path;
    Access m_access;
    QFile m_file;
    bool m_direct = false;
    bool m_finished = false;
};

// The workspace's own files: the database and SQLite's -wal, -shm and -journal beside it.
QStringList workspaceFiles(const QString &workspace);

// Whether `a` and `b` name the same file: the same device and inode when both exist (through
// symbolic and hard links), else the same canonical path (symbolic links resolved, also for a
// file not created yet).
bool sameFile(const QString &a, const QString &b);

// A side file may not replace the workspace (or its -wal, -shm, -journal) or any input of the
// command. Returns an error naming the option and the file it would replace, else success.
// `option` is how the user named the path ("--rejects", "the export file").
Status checkSideFile(const QString &option, const QString &path, const QString &workspace,
                     const QStringList &inputs = {});

} // namespace siyu
