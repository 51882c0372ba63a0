// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads back the cells of the first sheet of an .xlsx written by the member export: a small
// zip reader (central directory, stored or deflated entries through zlib) and the sheet's
// XML, shared or inline strings. Enough for tests; not a general reader.

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QStringList>
#include <QVector>
#include <QXmlStreamReader>

#include <zlib.h>

namespace siyu::xlsx {

inline quint32 le(const QByteArray &data, qsizetype at, int bytes)
{
    quint32 value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

// The entries of a zip archive by name; empty when it is not one.
inline QHash<QString, QByteArray> unzip(const QByteArray &zip)
{
    QHash<QString, QByteArray> out;
    const qsizetype end = zip.lastIndexOf(QByteArray("PK\x05\x06", 4));
    if (end < 0)
        return out;
    const quint32 entries = le(zip, end + 10, 2);
    qsizetype at = le(zip, end + 16, 4);
    for (quint32 i = 0; i < entries; ++i) {
        if (le(zip, at, 4) != 0x02014b50)
            return {};
        const quint32 method = le(zip, at + 10, 2);
        const quint32 packed = le(zip, at + 20, 4);
        const quint32 size = le(zip, at + 24, 4);
        const quint32 nameLength = le(zip, at + 28, 2);
        const quint32 extra = le(zip, at + 30, 2);
        const quint32 comment = le(zip, at + 32, 2);
        const quint32 local = le(zip, at + 42, 4);
        const QString name = QString::fromUtf8(zip.mid(at + 46, nameLength));
        at += 46 + nameLength + extra + comment;
        const qsizetype dataAt = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
        const QByteArray data = zip.mid(dataAt, packed);
        if (method == 0) {
            out.insert(name, data);
            continue;
        }
        QByteArray inflated(qsizetype(size), '\0');
        z_stream stream{};
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(inflated.data());
        stream.avail_out = uInt(inflated.size());
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return {};
        const int result = inflate(&stream, Z_FINISH);
        inflateEnd(&stream);
        if (result != Z_STREAM_END)
            return {};
        out.insert(name, inflated);
    }
    return out;
}

inline QStringList sharedStrings(const QByteArray &xml)
{
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (reader.isStartElement() && reader.name() == QLatin1String("t") && inItem) {
            current += reader.readElementText();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("si")) {
            strings << current;
            inItem = false;
        }
    }
    return strings;
}

// The cells of the first sheet as text, row by row ("" for an empty cell); numbers as written.
inline QVector<QStringList> readSheet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QHash<QString, QByteArray> parts = unzip(file.readAll());
    const QStringList shared = sharedStrings(parts.value(QStringLiteral("xl/sharedStrings.xml")));
    QXmlStreamReader reader(parts.value(QStringLiteral("xl/worksheets/sheet1.xml")));
    QVector<QStringList> rows;
    QString type;
    int column = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("row")) {
            rows.append(QStringList());
        } else if (reader.name() == QLatin1String("c")) {
            type = reader.attributes().value(QLatin1String("t")).toString();
            const QString ref = reader.attributes().value(QLatin1String("r")).toString();
            column = 0;
            for (const QChar c : ref) {
                if (!c.isLetter())
                    break;
                column = column * 26 + (c.unicode() - 'A' + 1);
            }
            while (rows.last().size() < column)
                rows.last() << QString();
        } else if ((reader.name() == QLatin1String("v") || reader.name() == QLatin1String("t")) &&
                   !rows.isEmpty()) {
            const QString text = reader.readElementText();
            rows.last()[column - 1] =
                type == QLatin1String("s") ? shared.value(text.toInt()) : text;
        }
    }
    return rows;
}

} // namespace siyu::xlsx
