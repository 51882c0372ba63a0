// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/rejectswriter.h"

namespace siyu {

RejectsWriter::RejectsWriter(QString path) : m_file(std::move(path), SideFile::Access::OwnerOnly) {}

QByteArray RejectsWriter::quote(QByteArrayView field)
{
    bool needs = false;
    for (char c : field) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needs = true;
            break;
        }
    }
    if (!needs && !(field.size() && (field.front() == ' ' || field.back() == ' ')))
        return field.toByteArray();
    QByteArray out("\"");
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

Status RejectsWriter::write(const QStringList &header, const std::vector<QByteArrayView> &fields,
                            const QString &reason)
{
    if (!m_opened) {
        if (const Status status = m_file.open(); !status)
            return status;
        m_opened = true;
        m_width = int(header.size());
        QByteArray line;
        for (const QString &column : header)
            line += quote(column.toUtf8()) + ',';
        line += "reason\n";
        if (const Status status = m_file.write(line); !status)
            return status;
    }
    QByteArray line;
    for (int i = 0; i < m_width; ++i)
        line += (size_t(i) < fields.size() ? quote(fields[size_t(i)]) : QByteArray()) + ',';
    line += quote(reason.toUtf8());
    for (size_t i = size_t(m_width); i < fields.size(); ++i)
        line += ',' + quote(fields[i]);
    line += '\n';
    if (const Status status = m_file.write(line); !status)
        return status;
    ++m_rows;
    return {};
}

Status RejectsWriter::finish()
{
    if (!m_opened)
        return {};
    return m_file.finish();
}

void RejectsWriter::discard()
{
    if (!m_opened)
        return;
    m_file.discard();
    m_opened = false;
}

} // namespace siyu
