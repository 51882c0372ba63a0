// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// poppler-utils, to read back the PDFs the report tests write.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>

namespace pdf {

inline bool available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

inline QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of every page, in reading order.
inline QString text(const QString &file)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
}

inline QString info(const QString &file)
{
    return run(QStringLiteral("pdfinfo"), {file});
}

inline int pages(const QString &file)
{
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info(file));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

inline QString fonts(const QString &file)
{
    return run(QStringLiteral("pdffonts"), {file});
}

} // namespace pdf
