// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/csvrowsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::CsvRowSource", text);
}

QString normalHeader(QByteArrayView cell)
{
    return QString::fromUtf8(values::trimmed(cell)).toLower();
}

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

constexpr qsizetype headerSearchRows = 30;
constexpr int readAheadRows = 200;

} // namespace

RowPolicy policyOf(const ImportPreset &preset)
{
    RowPolicy policy;
    policy.keepWhenEmpty = preset.keepWhenEmpty;
    for (const QString &field : preset.match)
        policy.match.push_back(fieldIndex(preset.entity, field));
    policy.keyPrefix = preset.keyPrefix.toUtf8();
    for (const QString &field : preset.keyFrom)
        policy.keyFrom.push_back(fieldIndex(preset.entity, field));
    for (auto it = preset.defaults.begin(); it != preset.defaults.end(); ++it) {
        const int f = fieldIndex(preset.entity, it.key());
        if (f >= 0)
            policy.defaults[size_t(f)] = it.value().toUtf8();
    }
    policy.createMembers = preset.createMembers;
    policy.memberKeyPrefix = preset.memberKeyPrefix.toUtf8();
    policy.platform = preset.platform.toUtf8();
    policy.dateOrder = preset.dateOrder;
    return policy;
}

std::vector<CsvRowSource::Record> CsvRowSource::readAhead(CsvReader &reader, int maxRecords)
{
    std::vector<Record> records;
    while (int(records.size()) < maxRecords && reader.next()) {
        Record record;
        record.row = reader.row();
        for (QByteArrayView field : reader.fields())
            record.fields.push_back(field.toByteArray());
        records.push_back(std::move(record));
    }
    return records;
}

size_t CsvRowSource::findHeader(const std::vector<Record> &records, const ImportPreset &preset)
{
    size_t best = 0;
    int bestScore = 0;
    for (size_t i = 0; i < records.size() && qsizetype(i) < headerSearchRows; ++i) {
        QSet<QString> cells;
        for (const QByteArray &field : records[i].fields)
            cells.insert(normalHeader(field));
        int score = 0;
        for (const PresetColumn &column : preset.columns) {
            for (const QString &source : column.sourceColumns()) {
                if (cells.contains(source.trimmed().toLower())) {
                    ++score;
                    break;
                }
            }
        }
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

Result<std::unique_ptr<CsvRowSource>> CsvRowSource::open(const QString &path, int fileIndex,
                                                         const ImportPreset &preset,
                                                         const ReadOptions &options)
{
    auto text = TextSource::open(path, options.encoding);
    if (!text)
        return text.error();
    std::unique_ptr<CsvRowSource> source(new CsvRowSource);
    source->m_text = std::move(*text);
    source->m_preset = preset;
    source->m_fileIndex = fileIndex;
    const char delimiter =
        options.delimiter ? options.delimiter : CsvReader::sniffDelimiter(source->m_text->sample());
    source->m_reader = std::make_unique<CsvReader>(*source->m_text, delimiter);
    std::vector<Record> ahead = readAhead(*source->m_reader, readAheadRows);
    if (ahead.empty()) {
        if (source->m_reader->failed())
            return source->m_reader->error();
        return Error{tr("the file holds no rows"), path, 0, {}};
    }
    const size_t header = findHeader(ahead, preset);
    for (const QByteArray &cell : ahead[header].fields)
        source->m_header << QString::fromUtf8(values::trimmed(cell));
    if (source->m_reader->failed())
        return source->readerError();
    source->m_headerRow = ahead[header].row;
    qsizetype bytes = 0;
    for (size_t i = header + 1; i < ahead.size(); ++i) {
        for (const QByteArray &field : ahead[i].fields)
            bytes += field.size() + 1;
        source->m_ahead.push_back(std::move(ahead[i]));
    }
    if (const Status status = source->bind(path); !status)
        return status.error();
    source->m_policy = policyOf(source->m_preset);
    source->detectDateOrder(options);
    const qint64 count = qint64(source->m_ahead.size());
    source->m_estimatedRows =
        source->m_text->atEnd() || count == 0
            ? count
            : qint64(double(source->m_text->size()) / (double(bytes) / double(count)));
    if (!preset.groupBy.isEmpty())
        source->m_groupField = fieldIndex(preset.entity, preset.groupBy);
    return source;
}

Status CsvRowSource::bind(const QString &path)
{
    QHash<QString, int> positions;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString name = m_header[i].toLower();
        if (!name.isEmpty() && !positions.contains(name))
            positions.insert(name, i);
    }
    QSet<int> used;
    for (const PresetColumn &column : m_preset.columns) {
        Binding binding;
        binding.field = fieldIndex(m_preset.entity, column.field);
        binding.spec = &column;
        for (const QString &source : column.sourceColumns()) {
            const auto it = positions.constFind(source.trimmed().toLower());
            if (it != positions.constEnd()) {
                binding.indexes.push_back(*it);
                used.insert(*it);
            }
        }
        if (binding.indexes.empty()) {
            if (column.required)
                return Error{tr("the required column %1 is missing from the header")
                                 .arg(column.sourceColumns().join(QLatin1String(" / "))),
                             path, m_headerRow, column.sourceColumns().value(0)};
            continue;
        }
        const FieldType type = entityFields(m_preset.entity)[size_t(binding.field)].type;
        binding.stripQuote = type == FieldType::Key || type == FieldType::Ref ||
                             type == FieldType::Identity || type == FieldType::Phone;
        binding.name = column.join.isEmpty() ? m_header[binding.indexes.front()]
                                             : column.join.join(QLatin1String(" + "));
        m_bindings.push_back(std::move(binding));
    }
    QStringList ignored;
    for (int i = 0; i < m_header.size(); ++i) {
        if (!used.contains(i) && !m_header[i].isEmpty())
            ignored << m_header[i];
    }
    if (!ignored.isEmpty())
        m_warnings << tr("%1: columns not in preset %2 are ignored: %3")
                          .arg(path, m_preset.name, ignored.join(QLatin1String(", ")));
    return {};
}

void CsvRowSource::detectDateOrder(const ReadOptions &options)
{
    if (options.dateOrder) {
        m_policy.dateOrder = *options.dateOrder;
        return;
    }
    if (m_policy.dateOrder != DateOrder::Auto)
        return;
    for (const Record &record : m_ahead) {
        for (const Binding &binding : m_bindings) {
            if (entityFields(m_preset.entity)[size_t(binding.field)].type != FieldType::Time)
                continue;
            for (int index : binding.indexes) {
                if (size_t(index) >= record.fields.size())
                    continue;
                if (const auto hint = values::dateOrderHint(record.fields[size_t(index)])) {
                    m_policy.dateOrder = *hint;
                    return;
                }
            }
        }
    }
}

Error CsvRowSource::readerError() const
{
    // The reader counts fields; people know columns by their header.
    Error error = m_reader->error();
    bool isNumber = false;
    const int field = error.column.toInt(&isNumber);
    if (isNumber && field >= 1 && field <= m_header.size())
        error.column = m_header.at(field - 1);
    return error;
}

QString CsvRowSource::description() const
{
    return tr("%1, delimiter %2, header on row %3")
        .arg(encodingName(m_text->encoding()), delimiterName(m_reader->delimiter()))
        .arg(m_headerRow);
}

bool CsvRowSource::nextRecord(std::vector<QByteArrayView> &fields, qint64 *row)
{
    fields.clear();
    if (!m_ahead.empty()) {
        // The views stay valid until the next call, as the reader's do.
        m_current = std::move(m_ahead.front());
        m_ahead.pop_front();
        for (const QByteArray &field : m_current.fields)
            fields.emplace_back(field);
        *row = m_current.row;
        return true;
    }
    if (!m_reader->next()) {
        if (m_reader->failed())
            m_fatal = readerError();
        return false;
    }
    fields = m_reader->fields();
    *row = m_reader->row();
    return true;
}

void CsvRowSource::map(const std::vector<QByteArrayView> &fields, qint64 rowNumber, SourceRow &row)
{
    // The row's one raw record keeps its buffer from row to row: no allocation per row.
    std::vector<QByteArrayView> raw;
    if (row.raw.size() == 1)
        raw.swap(row.raw.front());
    row.clear();
    row.entity = m_preset.entity;
    row.file = m_fileIndex;
    row.row = rowNumber;
    row.policy = &m_policy;
    raw.assign(fields.begin(), fields.end());
    row.raw.push_back(std::move(raw));
    const qsizetype width = m_header.size();
    if (qsizetype(fields.size()) < width) {
        row.sourceError =
            tr("the row has %1 fields where the header has %2").arg(fields.size()).arg(width);
        row.sourceErrorColumn = m_header.value(qsizetype(fields.size()));
    } else if (qsizetype(fields.size()) > width) {
        for (size_t i = size_t(width); i < fields.size(); ++i) {
            if (!values::trimmed(fields[i]).isEmpty()) {
                row.sourceError = tr("the row has %1 fields where the header has %2")
                                      .arg(fields.size())
                                      .arg(width);
                break;
            }
        }
    }
    const bool checkUtf8 = m_text->encoding() == TextEncoding::Utf8;
    const bool checkDecoding = !checkUtf8 && m_text->hadDecodeErrors();
    for (const Binding &binding : m_bindings) {
        const size_t f = size_t(binding.field);
        row.present[f] = true;
        row.columns[f] = &binding.name;
        row.specs[f] = binding.spec;
        QByteArrayView value;
        if (!binding.spec->join.isEmpty()) {
            m_join.clear();
            for (int index : binding.indexes) {
                const QByteArrayView part = size_t(index) < fields.size()
                                                ? values::trimmed(fields[size_t(index)])
                                                : QByteArrayView();
                if (part.isEmpty())
                    continue;
                if (!m_join.isEmpty())
                    m_join += binding.spec->joinWith.toUtf8();
                m_join += part;
            }
            value = row.own(m_join);
        } else {
            for (int index : binding.indexes) {
                if (size_t(index) >= fields.size())
                    continue;
                value = values::trimmed(fields[size_t(index)]);
                if (!value.isEmpty())
                    break;
            }
        }
        if (value.contains('\0') && row.sourceError.isEmpty()) {
            row.sourceError = nulError();
            row.sourceErrorColumn = binding.name;
        } else if (checkUtf8 && !isValidUtf8(value) && row.sourceError.isEmpty()) {
            row.sourceError = tr("the text is not UTF-8; is the file in another encoding? "
                                 "(choose one with --encoding)");
            row.sourceErrorColumn = binding.name;
        } else if (checkDecoding && value.contains("\xEF\xBF\xBD") && row.sourceError.isEmpty()) {
            row.sourceError = tr("the text cannot be read as %1; choose the file's encoding")
                                  .arg(encodingName(m_text->encoding()));
            row.sourceErrorColumn = binding.name;
        }
        if (binding.stripQuote && value.size() > 1 && value.front() == '\'')
            value = value.sliced(1); // Excel's "this is text" mark: '0123
        if (!binding.spec->valueMap.isEmpty() && !value.isEmpty()) {
            const QString key = QString::fromUtf8(value).toLower();
            const auto it = binding.spec->valueMap.constFind(key);
            if (it != binding.spec->valueMap.constEnd())
                value = row.own(it->toUtf8());
            else if (binding.spec->valueMap.contains(QStringLiteral("*")))
                value = row.own(binding.spec->valueMap.value(QStringLiteral("*")).toUtf8());
        }
        row.values[f] = value;
    }
}

bool CsvRowSource::next(SourceRow &row)
{
    if (m_groupField >= 0)
        return nextGrouped(row);
    std::vector<QByteArrayView> &fields = m_aheadViews;
    qint64 rowNumber = 0;
    if (!nextRecord(fields, &rowNumber))
        return false;
    map(fields, rowNumber, row);
    return true;
}

void CsvRowSource::merge(SourceRow &group, const SourceRow &next)
{
    for (size_t f = 0; f < group.values.size(); ++f) {
        const PresetColumn *spec = group.specs[f];
        if (spec && spec->sum) {
            const auto a = values::parseCount(group.values[f]);
            const auto b = values::parseCount(next.values[f]);
            if (a && b)
                group.values[f] = group.own(QByteArray::number(*a + *b));
            else if (!b && next.has(int(f)))
                group.values[f] = group.own(next.values[f].toByteArray()); // let it be refused
            continue;
        }
        if (!group.has(int(f)) && next.has(int(f)))
            group.values[f] = group.own(next.values[f].toByteArray());
    }
    if (group.sourceError.isEmpty() && !next.sourceError.isEmpty()) {
        group.sourceError = next.sourceError;
        group.sourceErrorColumn = next.sourceErrorColumn;
    }
    group.raw.emplace_back();
    for (QByteArrayView field : next.raw.front())
        group.raw.back().push_back(group.own(field.toByteArray()));
    group.counted += next.counted;
}

bool CsvRowSource::nextGrouped(SourceRow &row)
{
    for (;;) {
        qint64 rowNumber = 0;
        if (!nextRecord(m_aheadViews, &rowNumber)) {
            if (!m_groupOpen || m_fatal)
                return false;
            row = std::move(m_group);
            m_groupOpen = false;
            return true;
        }
        map(m_aheadViews, rowNumber, m_scratch);
        const QByteArrayView key = m_scratch.value(m_groupField);
        if (m_groupOpen && !key.isEmpty() && key == m_group.value(m_groupField)) {
            merge(m_group, m_scratch);
            continue;
        }
        if (m_groupOpen) {
            row = std::move(m_group);
            m_group = m_scratch.deepCopy();
            return true;
        }
        m_group = m_scratch.deepCopy();
        m_groupOpen = true;
    }
}

} // namespace siyu
