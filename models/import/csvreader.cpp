// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/csvreader.h"

#include "models/import/textsource.h"

#include <QCoreApplication>

#include <array>
#include <cstring>
#include <map>

namespace siyu {

namespace {

constexpr qsizetype chunkBytes = qsizetype(4) << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::CsvReader", text);
}

} // namespace

CsvReader::CsvReader(TextSource &source, char delimiter) : m_source(source), m_delimiter(delimiter)
{}

bool CsvReader::fill()
{
    compact();
    const qsizetype pending = m_buffer.size();
    // Read at least as much as is pending, so that a long record costs O(log n) rescans.
    if (!m_source.readChunk(m_buffer, qMax(chunkBytes, pending)))
        m_eof = true;
    return !m_eof || m_buffer.size() > pending;
}

void CsvReader::compact()
{
    if (m_pos == 0)
        return;
    m_buffer.remove(0, m_pos);
    m_pos = 0;
}

CsvReader::Scan CsvReader::scanRecord(qsizetype *recordEnd)
{
    const char *b = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const char delimiter = m_delimiter;
    qsizetype i = m_pos;
    m_spans.clear();
    for (;;) {
        Span span{i, i, -1, false};
        if (i < n && b[i] == '"') {
            ++i;
            for (;;) {
                const void *quote = std::memchr(b + i, '"', size_t(n - i));
                if (!quote) {
                    if (!m_eof)
                        return Scan::NeedMore;
                    m_spans.push_back(span);
                    return Scan::Unterminated;
                }
                const qsizetype j = static_cast<const char *>(quote) - b;
                if (j + 1 >= n && !m_eof)
                    return Scan::NeedMore;
                if (j + 1 < n && b[j + 1] == '"') {
                    span.escapes = true;
                    i = j + 2;
                    continue;
                }
                i = j + 1;
                break;
            }
            span.quoteEnd = i;
        }
        while (i < n) {
            const char c = b[i];
            if (c == delimiter || c == '\n' || c == '\r')
                break;
            ++i;
        }
        span.end = i;
        m_spans.push_back(span);
        if (i >= n) {
            if (!m_eof)
                return Scan::NeedMore;
            *recordEnd = n;
            return Scan::Complete;
        }
        const char c = b[i];
        if (c == delimiter) {
            ++i;
            continue;
        }
        if (c == '\n') {
            *recordEnd = i + 1;
            return Scan::Complete;
        }
        if (i + 1 >= n && !m_eof)
            return Scan::NeedMore;
        *recordEnd = (i + 1 < n && b[i + 1] == '\n') ? i + 2 : i + 1;
        return Scan::Complete;
    }
}

void CsvReader::materialise()
{
    char *b = m_buffer.data();
    m_fields.clear();
    for (const Span &span : m_spans) {
        if (span.quoteEnd < 0) {
            m_fields.emplace_back(b + span.begin, span.end - span.begin);
            continue;
        }
        // Unescape in place: the text only shrinks, so writing never overtakes reading.
        qsizetype w = span.begin;
        qsizetype r = span.begin + 1;
        const qsizetype contentEnd = span.quoteEnd - 1; // the closing quote
        if (!span.escapes) {
            std::memmove(b + w, b + r, size_t(contentEnd - r));
            w += contentEnd - r;
        } else {
            while (r < contentEnd) {
                const char c = b[r++];
                b[w++] = c;
                if (c == '"' && r < contentEnd && b[r] == '"')
                    ++r;
            }
        }
        const qsizetype tail = span.end - span.quoteEnd;
        if (tail > 0) {
            std::memmove(b + w, b + span.quoteEnd, size_t(tail));
            w += tail;
        }
        m_fields.emplace_back(b + span.begin, w - span.begin);
    }
}

bool CsvReader::isBlankRecord() const
{
    return m_fields.size() == 1 && m_fields.front().isEmpty() && m_spans.front().quoteEnd < 0;
}

bool CsvReader::next()
{
    if (m_failed)
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_eof || !fill())
                return false;
            continue;
        }
        qsizetype recordEnd = 0;
        const Scan scan = scanRecord(&recordEnd);
        if (scan == Scan::NeedMore) {
            if (m_buffer.size() - m_pos > m_maxRecordBytes) {
                m_failed = true;
                m_error = Error{tr("the row is longer than %1 MB; is a closing quote missing?")
                                    .arg(m_maxRecordBytes >> 20),
                                m_source.name(),
                                m_row + 1,
                                {}};
                return false;
            }
            fill();
            continue;
        }
        if (scan == Scan::Unterminated) {
            m_failed = true;
            m_error = Error{tr("a quoted field is never closed (a quote is missing)"),
                            m_source.name(), m_row + 1, QString::number(qsizetype(m_spans.size()))};
            return false;
        }
        ++m_row;
        materialise();
        m_pos = recordEnd;
        if (isBlankRecord())
            continue;
        return true;
    }
}

int CsvReader::invalidUtf8Field() const
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (!isValidUtf8(m_fields[i]))
            return int(i);
    }
    return -1;
}

char CsvReader::sniffDelimiter(QByteArrayView sample)
{
    static const std::array<char, 4> candidates{',', '\t', ';', '|'};
    std::vector<std::array<int, 4>> lines;
    std::array<int, 4> counts{};
    bool inQuotes = false;
    for (qsizetype i = 0; i < sample.size() && lines.size() < 50; ++i) {
        const char c = sample[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < sample.size() && sample[i + 1] == '\n')
                ++i;
            lines.push_back(counts);
            counts = {};
        } else if (!inQuotes) {
            for (size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k];
        }
    }
    if (counts != std::array<int, 4>{})
        lines.push_back(counts);
    char best = ',';
    int bestScore = 0, bestMode = 0;
    for (size_t k = 0; k < candidates.size(); ++k) {
        std::map<int, int> frequency;
        for (const auto &line : lines) {
            if (line[k] > 0)
                ++frequency[line[k]];
        }
        int mode = 0, score = 0;
        for (const auto &[count, times] : frequency) {
            if (times > score || (times == score && count > mode)) {
                mode = count;
                score = times;
            }
        }
        if (score > bestScore || (score == bestScore && score > 0 && mode > bestMode)) {
            best = candidates[k];
            bestScore = score;
            bestMode = mode;
        }
    }
    return best;
}

} // namespace siyu
