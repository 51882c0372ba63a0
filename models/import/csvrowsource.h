// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/csvreader.h"
#include "models/import/importpreset.h"
#include "models/import/rowsource.h"

#include <deque>
#include <memory>

namespace siyu {

// A CSV file read through a preset: finds the header row (skipping title rows above it), binds
// the preset's columns to it, and maps each record to a SourceRow. Rows a preset groups (the
// line items of one Shopify order) come out as one record.
class CsvRowSource : public RowSource
{
public:
    static Result<std::unique_ptr<CsvRowSource>> open(const QString &path, int fileIndex,
                                                      const ImportPreset &preset,
                                                      const ReadOptions &options);

    bool next(SourceRow &row) override;
    QStringList rejectHeader() const override { return m_header; }
    qint64 bytesDone() const override { return m_text->position(); }
    qint64 bytesTotal() const override { return m_text->size(); }
    qint64 estimatedRows() const override { return m_estimatedRows; }
    std::vector<Entity> entities() const override { return {m_preset.entity}; }
    QString description() const override;

    const QStringList &header() const { return m_header; }
    qint64 headerRow() const { return m_headerRow; }
    char delimiter() const { return m_reader->delimiter(); }
    TextEncoding encoding() const { return m_text->encoding(); }

    // The record of a title row, header or data row kept from the start of the file.
    struct Record
    {
        qint64 row = 0;
        std::vector<QByteArray> fields;
    };
    // Up to `maxRecords` records from the start of `text` (for previews and header detection).
    static std::vector<Record> readAhead(CsvReader &reader, int maxRecords);
    // The row of `records` that looks most like the preset's header.
    static size_t findHeader(const std::vector<Record> &records, const ImportPreset &preset);

private:
    struct Binding
    {
        int field = -1;
        const PresetColumn *spec = nullptr;
        std::vector<int> indexes; // header positions, by priority (or the parts to join)
        QString name;             // the source column, for messages
        bool stripQuote = false;  // keys, ids and phones: drop a leading ' (Excel's text mark)
    };

    CsvRowSource() = default;
    Status bind(const QString &path);
    void detectDateOrder(const ReadOptions &options);
    bool nextRecord(std::vector<QByteArrayView> &fields, qint64 *row);
    Error readerError() const;
    void map(const std::vector<QByteArrayView> &fields, qint64 rowNumber, SourceRow &row);
    bool nextGrouped(SourceRow &row);
    void merge(SourceRow &group, const SourceRow &next);

    std::unique_ptr<TextSource> m_text;
    std::unique_ptr<CsvReader> m_reader;
    ImportPreset m_preset;
    RowPolicy m_policy;
    int m_fileIndex = 0;
    QStringList m_header;
    qint64 m_headerRow = 0;
    std::vector<Binding> m_bindings;
    std::deque<Record> m_ahead;
    Record m_current;
    std::vector<QByteArrayView> m_aheadViews;
    qint64 m_estimatedRows = 0;
    int m_groupField = -1;
    SourceRow m_scratch;
    SourceRow m_group;
    bool m_groupOpen = false;
    QByteArray m_join;
};

// The row policy a preset gives its own records.
RowPolicy policyOf(const ImportPreset &preset);

} // namespace siyu
