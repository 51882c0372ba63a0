// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/textsource.h"

#include <QCoreApplication>
#include <QFile>

#include <cstring>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::TextSource", text);
}

// Length of the valid UTF-8 prefix of `bytes`; `cut` is set when the rest is only the start
// of a multi-byte sequence that the end of the buffer cut short.
qsizetype validUtf8Prefix(QByteArrayView bytes, bool *cut)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    *cut = false;
    while (i < n) {
        // Eight ASCII bytes at a time: the common case by far.
        if (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                *cut = true;
                return i;
            }
            const unsigned char d = p[i + k];
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF))
                return i;
        }
        i += length;
    }
    return n;
}

// A NUL or another control byte is no proof of binary: one in a text file is a damaged row
// (the reader rejects it, wherever in the file it is). Many of them are.
bool looksBinary(QByteArrayView sample)
{
    qsizetype controls = 0;
    for (char ch : sample) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++controls;
    }
    return controls * 100 > sample.size() + 100;
}

// What the multi-byte sequences of a sample say about UTF-8.
struct Utf8Evidence
{
    qsizetype good = 0;    // valid sequences
    qsizetype damaged = 0; // shaped as UTF-8 (a lead and its continuation bytes) but overlong,
                           // a surrogate or beyond U+10FFFF: a damaged UTF-8 character
    qsizetype bad = 0;     // bytes that do not fit the shape of UTF-8 at all
};

Utf8Evidence weighUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    Utf8Evidence evidence;
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = c >= 0xC0 && c <= 0xDF   ? 2
                           : c >= 0xE0 && c <= 0xEF ? 3
                           : c >= 0xF0 && c <= 0xF7 ? 4
                                                    : 0;
        if (length == 0) {
            ++evidence.bad;
            ++i;
            continue;
        }
        int k = 1;
        while (k < length && i + k < n && p[i + k] >= 0x80 && p[i + k] <= 0xBF)
            ++k;
        if (i + k >= n && k < length)
            break; // cut by the end of the sample or of the file: says nothing
        if (k < length) {
            ++evidence.bad; // a lead byte and too few continuation bytes: one bad character
            i += k;
            continue;
        }
        bool cut = false;
        if (validUtf8Prefix(bytes.sliced(i, length), &cut) == length)
            ++evidence.good;
        else
            ++evidence.damaged;
        i += length;
    }
    return evidence;
}

// UTF-8 unless the sample holds bytes that cannot be UTF-8 and few valid sequences beside them.
// GB18030 text shows about one sequence that happens to be valid UTF-8 to three or four that
// are not; a UTF-8 file with one damaged or cut character shows none (or many more valid ones).
bool looksLikeUtf8(QByteArrayView sample)
{
    const Utf8Evidence evidence = weighUtf8(sample);
    return evidence.bad == 0 || evidence.good >= 2 * evidence.bad;
}

// UTF-16 without a byte order mark shows as NULs in every other byte of ASCII text.
std::optional<TextEncoding> guessBomlessUtf16(QByteArrayView sample)
{
    qsizetype even = 0, odd = 0;
    const qsizetype n = sample.size() & ~qsizetype(1);
    for (qsizetype i = 0; i < n; i += 2) {
        even += sample[i] == 0;
        odd += sample[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (pairs < 2)
        return std::nullopt;
    if (odd * 10 > pairs * 3 && even * 20 < pairs)
        return TextEncoding::Utf16LE;
    if (even * 10 > pairs * 3 && odd * 20 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

} // namespace

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    QString n = name.trimmed().toString().toLower();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8") || n == QLatin1String("utf8bom"))
        return TextEncoding::Utf8;
    if (n == QLatin1String("gb18030") || n == QLatin1String("gbk") ||
        n == QLatin1String("gb2312") || n == QLatin1String("cp936") || n == QLatin1String("ansi"))
        return TextEncoding::Gb18030;
    if (n == QLatin1String("utf16le") || n == QLatin1String("utf16") ||
        n == QLatin1String("unicode"))
        return TextEncoding::Utf16LE;
    if (n == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

bool isValidUtf8(QByteArrayView bytes)
{
    bool cut = false;
    return validUtf8Prefix(bytes, &cut) == bytes.size();
}

QString nulError()
{
    return tr("the text holds a NUL byte; is the file damaged?");
}

EncodingGuess guessEncoding(QByteArrayView sample, bool complete)
{
    EncodingGuess guess;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        guess.bomLength = 3;
        return guess;
    }
    if (sample.startsWith("\xFF\xFE")) {
        guess.encoding = TextEncoding::Utf16LE;
        guess.bomLength = 2;
        return guess;
    }
    if (sample.startsWith("\xFE\xFF")) {
        guess.encoding = TextEncoding::Utf16BE;
        guess.bomLength = 2;
        return guess;
    }
    if (const auto utf16 = guessBomlessUtf16(sample)) {
        guess.encoding = *utf16;
        return guess;
    }
    if (looksBinary(sample)) {
        guess.binary = true;
        return guess;
    }
    if (looksLikeUtf8(sample))
        return guess; // any damage is an error on its row, not a reason for mojibake
    QStringDecoder gb("GB18030");
    const QString text = gb.decode(sample);
    guess.encoding = TextEncoding::Gb18030;
    // A GB18030 sequence cut by the end of the sample is no reason to call the file binary.
    if (gb.hasError() && (complete || text.size() > 1) &&
        text.left(text.size() - 1).contains(QChar::ReplacementCharacter))
        guess.binary = true;
    return guess;
}

TextSource::~TextSource() = default;

Result<std::unique_ptr<TextSource>> TextSource::open(const QString &path,
                                                     std::optional<TextEncoding> forced)
{
    std::unique_ptr<TextSource> source(new TextSource);
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{tr("cannot be read: %1").arg(file->errorString()), path, 0, {}};
    source->m_device = file.get();
    source->m_owned = std::move(file);
    source->m_name = path;
    if (const Status status = source->start(forced); !status)
        return status.error();
    return source;
}

Result<std::unique_ptr<TextSource>> TextSource::fromDevice(QIODevice *device, const QString &name,
                                                           std::optional<TextEncoding> forced)
{
    std::unique_ptr<TextSource> source(new TextSource);
    source->m_device = device;
    source->m_name = name;
    if (const Status status = source->start(forced); !status)
        return status.error();
    return source;
}

Status TextSource::start(std::optional<TextEncoding> forced)
{
    m_size = m_device->size();
    QByteArray raw = readRaw(sampleSize);
    if (raw.isEmpty())
        return Error{tr("the file is empty"), m_name, 0, {}};
    const EncodingGuess guess = guessEncoding(raw, m_device->atEnd());
    if (forced) {
        m_encoding = *forced;
        m_detected = false;
        const bool bomMatches =
            (guess.encoding == m_encoding && guess.bomLength > 0) ||
            (m_encoding == TextEncoding::Utf8 && raw.startsWith("\xEF\xBB\xBF"));
        m_bomLength = bomMatches ? (m_encoding == TextEncoding::Utf8 ? 3 : 2) : 0;
    } else {
        if (guess.binary)
            return Error{tr("is not a text file (neither UTF-8, GB18030 nor UTF-16); is it a "
                            "spreadsheet? Save it as CSV first"),
                         m_name,
                         0,
                         {}};
        m_encoding = guess.encoding;
        m_bomLength = guess.bomLength;
    }
    if (m_encoding != TextEncoding::Utf8) {
        m_decoder = m_encoding == TextEncoding::Gb18030
                        ? std::make_unique<QStringDecoder>("GB18030")
                        : std::make_unique<QStringDecoder>(m_encoding == TextEncoding::Utf16LE
                                                               ? QStringConverter::Utf16LE
                                                               : QStringConverter::Utf16BE);
    }
    raw.remove(0, m_bomLength);
    if (m_decoder)
        decodeInto(m_sample, raw, m_device->atEnd());
    else
        m_sample = raw;
    return {};
}

QByteArray TextSource::readRaw(qint64 maxBytes)
{
    // QIODevice::read allocates maxBytes first: a small file should not cost megabytes a chunk.
    if (!m_device->isSequential() && m_device->size() > 0)
        maxBytes = qBound<qint64>(0, m_device->size() - m_device->pos(), maxBytes);
    QByteArray raw = maxBytes > 0 ? m_device->read(maxBytes) : QByteArray();
    m_position += raw.size();
    return raw;
}

void TextSource::decodeInto(QByteArray &out, const QByteArray &raw, bool last)
{
    QString text = m_decoder->decode(raw);
    if (m_decoder->hasError())
        m_decodeErrors = true;
    Q_UNUSED(last);
    out.append(text.toUtf8());
}

bool TextSource::atEnd() const
{
    return m_sampleServed && m_device->atEnd();
}

bool TextSource::readChunk(QByteArray &out, qint64 hint)
{
    if (!m_sampleServed) {
        m_sampleServed = true;
        out.append(m_sample);
        return true;
    }
    if (m_device->atEnd())
        return false;
    const QByteArray raw = readRaw(qMax<qint64>(hint, 1 << 16));
    if (raw.isEmpty())
        return false;
    if (m_decoder)
        decodeInto(out, raw, m_device->atEnd());
    else
        out.append(raw);
    return true;
}

bool TextSource::rewind()
{
    if (!m_device->seek(m_bomLength))
        return false;
    m_position = m_bomLength;
    m_sampleServed = true;
    if (m_decoder)
        m_decoder = std::make_unique<QStringDecoder>(m_decoder->name());
    return true;
}

} // namespace siyu
