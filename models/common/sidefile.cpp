// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/sidefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::SideFile", text);
}

// Where `path` leads: symbolic links followed (also to a file that does not exist yet), the
// folder made canonical.
QString resolved(const QString &path)
{
    QFileInfo info(path);
    for (int hops = 0; hops < 40 && info.isSymLink(); ++hops)
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QFileInfo folder(info.absolutePath());
    const QString parent =
        folder.exists() ? folder.canonicalFilePath() : QDir::cleanPath(info.absolutePath());
    return parent + QLatin1Char('/') + info.fileName();
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace

SideFile::SideFile(QString path, Access access) : m_path(std::move(path)), m_access(access) {}

SideFile::~SideFile()
{
    if (!m_finished)
        discard();
}

Error SideFile::failure(const QString &reason) const
{
    Error error = makeError(tr("cannot be written: %1").arg(reason));
    error.file = m_path;
    return error;
}

Status SideFile::open()
{
    m_finished = false;
    const QFileInfo given(m_path); // through links, as the system opens it (/dev/stdout)
    if (given.exists() && !given.isFile()) {
        // A device or a pipe: there is nothing to rename over; written directly.
        m_direct = true;
        m_file.setFileName(m_path);
        if (!m_file.open(QIODevice::WriteOnly))
            return failure(m_file.errorString());
        return {};
    }
    m_direct = false;
    const QFileInfo info(resolved(m_path));
    const QFileDevice::Permissions permissions =
        m_access == Access::OwnerOnly
            ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
            : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                  QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString temporary = QStringLiteral("%1/.%2.%3.part")
                                      .arg(info.absolutePath(), info.fileName())
                                      .arg(QRandomGenerator::global()->generate64(), 0, 36);
        m_file.setFileName(temporary);
        // NewOnly: created here and now, with these permissions, never an existing file.
        if (m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
            return {};
        if (!QFileInfo::exists(temporary))
            break;
    }
    return failure(m_file.errorString());
}

Status SideFile::write(QByteArrayView data)
{
    if (!m_file.isOpen())
        return failure(tr("the file is not open"));
    if (m_file.write(data.data(), data.size()) != data.size())
        return failure(m_file.errorString());
    return {};
}

Status SideFile::finish()
{
    if (!m_file.isOpen())
        return failure(tr("the file is not open"));
    QString problem;
    if (!m_file.flush())
        problem = m_file.errorString();
#ifdef Q_OS_UNIX
    if (problem.isEmpty() && !m_direct && ::fsync(m_file.handle()) != 0)
        problem = QString::fromLocal8Bit(strerror(errno));
#endif
    m_file.close();
    if (problem.isEmpty() && m_file.error() != QFileDevice::NoError)
        problem = m_file.errorString();
    if (!problem.isEmpty()) {
        discard();
        return failure(problem);
    }
    if (!m_direct) {
        std::error_code code;
        std::filesystem::rename(fsPath(m_file.fileName()), fsPath(resolved(m_path)), code);
        if (code) {
            discard();
            return failure(QString::fromStdString(code.message()));
        }
    }
    m_finished = true;
    return {};
}

void SideFile::discard()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_direct && !m_file.fileName().isEmpty())
        QFile::remove(m_finished ? resolved(m_path) : m_file.fileName());
    m_file.setFileName(QString());
    m_finished = false;
}

QStringList workspaceFiles(const QString &workspace)
{
    QStringList files;
    for (const QString &base : {workspace, resolved(workspace)}) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            files << base + QLatin1String(suffix);
    }
    return files;
}

bool sameFile(const QString &a, const QString &b)
{
#ifdef Q_OS_UNIX
    struct stat first, second;
    if (::stat(QFile::encodeName(a).constData(), &first) == 0 &&
        ::stat(QFile::encodeName(b).constData(), &second) == 0)
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
#endif
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
    // Their usual file systems ignore case: W.siyu-WAL is W.siyu-wal.
    return resolved(a).compare(resolved(b), Qt::CaseInsensitive) == 0;
#else
    return resolved(a) == resolved(b);
#endif
}

Status checkSideFile(const QString &option, const QString &path, const QString &workspace,
                     const QStringList &inputs)
{
    auto refuse = [&](const QString &message) {
        Error error = makeError(message);
        error.file = path;
        return Status(error);
    };
    if (!workspace.isEmpty()) {
        for (const QString &file : workspaceFiles(workspace)) {
            if (sameFile(path, file))
                return refuse(tr("%1 names the workspace's own file %2; choose another file")
                                  .arg(option, QDir::toNativeSeparators(file)));
        }
    }
    for (const QString &input : inputs) {
        if (sameFile(path, input))
            return refuse(tr("%1 names the input file %2; choose another file")
                              .arg(option, QDir::toNativeSeparators(input)));
    }
    return {};
}

} // namespace siyu
