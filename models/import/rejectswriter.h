// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/common/sidefile.h"

#include <QStringList>

#include <vector>

namespace siyu {

// The rejects file: the invalid rows as they were (the source's own columns) plus a `reason`
// column, UTF-8 CSV. Opened on the first rejected row, so that a clean import leaves no file.
// The rows hold personal data as the source had it: the file is created readable by its owner
// only (0600), and it is written to a temporary file that finish() completes (every byte,
// flush and close checked) and moves into place, so that a rejects file that cannot be
// written whole fails the import before it commits, and no partial file is left.
class RejectsWriter
{
public:
    explicit RejectsWriter(QString path);

    const QString &path() const { return m_file.path(); }
    bool opened() const { return m_opened; }
    qint64 rows() const { return m_rows; }
    // Writes one row: the fields under `header` (missing ones empty), then the reason, then any
    // fields beyond the header.
    Status write(const QStringList &header, const std::vector<QByteArrayView> &fields,
                 const QString &reason);
    // Completes the file and moves it to path().
    Status finish();
    // Removes the file again, finished or not (the import failed after all).
    void discard();

    static QByteArray quote(QByteArrayView field);

private:
    SideFile m_file;
    bool m_opened = false;
    int m_width = 0;
    qint64 m_rows = 0;
};

} // namespace siyu
