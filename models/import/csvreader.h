// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace siyu {

class TextSource;

// Reads RFC 4180 records from a TextSource: quoted fields with doubled quotes and embedded
// line breaks, CRLF, LF and CR line ends. Fields are UTF-8 views into the reader's buffer, valid
// until the next call of next(). Blank lines are skipped but counted, so that row numbers are
// the ones a spreadsheet shows.
class CsvReader
{
public:
    CsvReader(TextSource &source, char delimiter);

    // The next record; false at the end or on a fatal error (see error()).
    bool next();
    const std::vector<QByteArrayView> &fields() const { return m_fields; }
    // 1-based record number of the current record.
    qint64 row() const { return m_row; }
    // Index of the first field holding invalid UTF-8, or -1.
    int invalidUtf8Field() const;
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    char delimiter() const { return m_delimiter; }

    // Guard against an unterminated quote swallowing a whole file.
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }

    // The delimiter that splits the lines of `sample` most consistently: , ; tab or |.
    static char sniffDelimiter(QByteArrayView sample);

private:
    enum class Scan
    {
        Complete,
        NeedMore,
        Unterminated
    };
    // A field's raw extent. For a quoted field, `quoteEnd` is one past its closing quote; any
    // text between it and `end` is kept as is, as spreadsheets do.
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        qsizetype quoteEnd; // -1 when the field is not quoted
        bool escapes;
    };

    Scan scanRecord(qsizetype *recordEnd);
    bool fill();
    void compact();
    void materialise();
    bool isBlankRecord() const;

    TextSource &m_source;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_row = 0;
    std::vector<Span> m_spans;
    std::vector<QByteArrayView> m_fields;
    qsizetype m_maxRecordBytes = qsizetype(256) << 20;
    bool m_failed = false;
    Error m_error;
};

} // namespace siyu
