// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

#include <memory>
#include <optional>

class QIODevice;

namespace siyu {

// The encodings an import reads. Everything is handed on as UTF-8.
enum class TextEncoding
{
    Utf8,
    Gb18030,
    Utf16LE,
    Utf16BE
};

QString encodingName(TextEncoding encoding);
// "utf8", "UTF-8", "gbk", "gb2312", "GB18030", "utf-16le", "utf16be", ... (case-insensitive).
std::optional<TextEncoding> encodingFromName(QStringView name);

// What the first bytes of a file say about it.
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0;
    bool binary = false; // not text in any encoding we read
};

// Byte order mark first; then the NUL pattern of BOM-less UTF-16; then UTF-8, also when one
// character is damaged or cut off at the end (the reader rejects that row); then GB18030 (what
// Excel writes on Chinese Windows). `complete` says the sample is the whole file, so that a
// GB18030 sequence cut at its end is an error rather than a cut.
EncodingGuess guessEncoding(QByteArrayView sample, bool complete);

bool isValidUtf8(QByteArrayView bytes);
// The row error of text that holds a NUL byte, the same for every format: such text is never
// stored (a NUL would cut names short in other programs and hide the rest).
QString nulError();

// A file (or any device) read as a stream of UTF-8 chunks, whatever its encoding: a 2 GB file
// never sits in memory. The first chunk is kept as a sample for sniffing.
class TextSource
{
public:
    static Result<std::unique_ptr<TextSource>>
    open(const QString &path, std::optional<TextEncoding> forced = std::nullopt);
    // For in-memory text (tests, previews); the source does not own `device`.
    static Result<std::unique_ptr<TextSource>>
    fromDevice(QIODevice *device, const QString &name,
               std::optional<TextEncoding> forced = std::nullopt);
    ~TextSource();
    TextSource(const TextSource &) = delete;
    TextSource &operator=(const TextSource &) = delete;

    const QString &name() const { return m_name; }
    TextEncoding encoding() const { return m_encoding; }
    bool detected() const { return m_detected; }
    qint64 size() const { return m_size; }
    // Raw bytes consumed so far, for progress.
    qint64 position() const { return m_position; }
    // The first chunk as UTF-8 (at most sampleSize bytes of the file).
    const QByteArray &sample() const { return m_sample; }
    // Whether decoding met bytes that are not text in the chosen encoding (GB18030, UTF-16:
    // they became U+FFFD; UTF-8 is checked per field by the reader).
    bool hadDecodeErrors() const { return m_decodeErrors; }

    // Appends the next chunk of UTF-8 text (about `hint` bytes) to `out`. False at the end.
    bool readChunk(QByteArray &out, qint64 hint);
    bool atEnd() const;
    // Starts again from the beginning (two-pass formats).
    bool rewind();

    static constexpr qint64 sampleSize = 1 << 20;

private:
    TextSource() = default;
    Status start(std::optional<TextEncoding> forced);
    QByteArray readRaw(qint64 maxBytes);
    void decodeInto(QByteArray &out, const QByteArray &raw, bool last);

    std::unique_ptr<QIODevice> m_owned;
    QIODevice *m_device = nullptr;
    QString m_name;
    TextEncoding m_encoding = TextEncoding::Utf8;
    bool m_detected = true;
    int m_bomLength = 0;
    qint64 m_size = 0;
    qint64 m_position = 0;
    QByteArray m_sample;
    bool m_sampleServed = false;
    bool m_decodeErrors = false;
    std::unique_ptr<QStringDecoder> m_decoder;
};

} // namespace siyu
