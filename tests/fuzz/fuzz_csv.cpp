// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader: records, quoting, line ends, the delimiter sniffer and the UTF-8 check, over
// a TextSource read in small chunks (so that records straddle chunk edges).
#include "fuzzsupport.h"

#include "models/import/csvreader.h"
#include "models/import/textsource.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace siyu;
    QByteArray bytes = fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto source = TextSource::fromDevice(&buffer, QStringLiteral("fuzz.csv"));
    if (!source)
        return 0;
    CsvReader reader(**source, CsvReader::sniffDelimiter((*source)->sample()));
    reader.setMaxRecordBytes(1 << 16);
    qint64 lastRow = 0;
    while (reader.next()) {
        fuzz::require(reader.row() > lastRow);
        lastRow = reader.row();
        fuzz::require(!reader.fields().empty());
        qsizetype total = 0;
        for (const QByteArrayView field : reader.fields())
            total += field.size();
        fuzz::require(total <= bytes.size() * 4 + 16); // decoding may grow GB18030 text
        reader.invalidUtf8Field();
    }
    return 0;
}
