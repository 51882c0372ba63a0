// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QFile>
#include <QStringList>

#include <memory>
#include <vector>

namespace siyu {

// The rejects file: the invalid rows as they were (the source's own columns) plus a `reason`
// column, UTF-8 CSV. Opened on the first rejected row, so that a clean import leaves no file.
class RejectsWriter
{
public:
    explicit RejectsWriter(QString path);
    ~RejectsWriter();

    const QString &path() const { return m_path; }
    bool opened() const { return m_file != nullptr; }
    // Writes one row: the fields under `header` (missing ones empty), then the reason, then any
    // fields beyond the header.
    Status write(const QStringList &header, const std::vector<QByteArrayView> &fields,
                 const QString &reason);
    Status close();
    // Removes the file again (the import failed after all).
    void discard();

    static QByteArray quote(QByteArrayView field);

private:
    QString m_path;
    std::unique_ptr<QFile> m_file;
    int m_width = 0;
};

} // namespace siyu
