// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/rejectswriter.h"

#include <QCoreApplication>

namespace siyu {

RejectsWriter::RejectsWriter(QString path) : m_path(std::move(path)) {}

RejectsWriter::~RejectsWriter()
{
    close();
}

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
    if (!m_file) {
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            const QString message = m_file->errorString();
            m_file.reset();
            return makeError(
                QCoreApplication::translate("siyu::RejectsWriter", "%1 cannot be written: %2")
                    .arg(m_path, message));
        }
        m_width = int(header.size());
        QByteArray line;
        for (const QString &column : header)
            line += quote(column.toUtf8()) + ',';
        line += "reason\n";
        m_file->write(line);
    }
    QByteArray line;
    for (int i = 0; i < m_width; ++i)
        line += (size_t(i) < fields.size() ? quote(fields[size_t(i)]) : QByteArray()) + ',';
    line += quote(reason.toUtf8());
    for (size_t i = size_t(m_width); i < fields.size(); ++i)
        line += ',' + quote(fields[i]);
    line += '\n';
    if (m_file->write(line) != line.size())
        return makeError(
            QCoreApplication::translate("siyu::RejectsWriter", "%1 cannot be written: %2")
                .arg(m_path, m_file->errorString()));
    return {};
}

Status RejectsWriter::close()
{
    if (m_file && m_file->isOpen()) {
        if (!m_file->flush())
            return makeError(m_file->errorString());
        m_file->close();
    }
    return {};
}

void RejectsWriter::discard()
{
    if (!m_file)
        return;
    m_file->close();
    m_file->remove();
    m_file.reset();
}

} // namespace siyu
