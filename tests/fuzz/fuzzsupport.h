// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the libFuzzer harnesses share: turning the fuzzer's bytes into the inputs Siyu reads.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace siyu::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The readers of chat exports take a path: the input goes to a file of this process.
inline QString writeInput(const QByteArray &bytes, const QString &name)
{
    // In memory where there is a tmpfs: a disk file system flushes a truncated file on close.
    static const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    static const QString dir = [] {
        const QString d =
            base + QStringLiteral("/siyu-fuzz-%1").arg(QCoreApplication::applicationPid());
        QDir().mkpath(d);
        std::atexit([] { QDir(dir).removeRecursively(); });
        return d;
    }();
    const QString path = dir + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        std::abort();
    return path;
}

// A broken promise of the code under test is a finding, like a crash.
inline void require(bool condition)
{
    if (!condition)
        __builtin_trap();
}

} // namespace siyu::fuzz
