// SPDX-License-Identifier: GPL-3.0-or-later
// The encoding detector and the streaming decoder: every guess on the bytes (as a whole file
// and as a sample cut short), then the whole input read through TextSource chunk by chunk.
#include "fuzzsupport.h"

#include "models/import/textsource.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace siyu;
    QByteArray bytes = fuzz::bytesOf(data, size);
    const EncodingGuess whole = guessEncoding(bytes, true);
    guessEncoding(bytes, false);
    fuzz::require(whole.bomLength >= 0 && whole.bomLength <= 3);
    // A file that is valid UTF-8 (and not UTF-16 by its NULs) is never read as anything else.
    if (isValidUtf8(bytes) && !bytes.contains('\0') && !whole.binary)
        fuzz::require(whole.encoding == TextEncoding::Utf8);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto source = TextSource::fromDevice(&buffer, QStringLiteral("fuzz.txt"));
    if (!source)
        return 0;
    QByteArray text;
    while ((*source)->readChunk(text, 7)) {
        if (text.size() > (qsizetype(1) << 22))
            text.clear();
    }
    if ((*source)->rewind()) {
        text.clear();
        while ((*source)->readChunk(text, 64)) {
        }
        // Anything but UTF-8 is decoded, and decoded text is UTF-8.
        if ((*source)->encoding() != TextEncoding::Utf8)
            fuzz::require(isValidUtf8(text));
    }
    return 0;
}
