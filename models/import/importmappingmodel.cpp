// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/importmappingmodel.h"

#include "models/common/masking.h"

#include <QColor>
#include <QFont>

#include <algorithm>
#include <utility>

namespace siyu {

namespace {

const QString listSeparators = QStringLiteral(",;、|，；");

bool sameHeader(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool feeds(const PresetColumn &column, const QString &header)
{
    const QStringList sources = column.sourceColumns();
    return std::any_of(sources.cbegin(), sources.cend(),
                       [&](const QString &source) { return sameHeader(source, header); });
}

void removeHeader(QStringList &list, const QString &header)
{
    list.removeIf([&](const QString &source) { return sameHeader(source, header); });
}

using Transform = ImportMappingModel::Transform;

std::optional<DateOrder> dateOrderOf(Transform transform)
{
    switch (transform) {
    case Transform::DatesAuto:
        return DateOrder::Auto;
    case Transform::DatesYmd:
        return DateOrder::YearMonthDay;
    case Transform::DatesDmy:
        return DateOrder::DayMonthYear;
    case Transform::DatesMdy:
        return DateOrder::MonthDayYear;
    default:
        return std::nullopt;
    }
}

Transform transformOf(DateOrder order)
{
    switch (order) {
    case DateOrder::YearMonthDay:
        return Transform::DatesYmd;
    case DateOrder::DayMonthYear:
        return Transform::DatesDmy;
    case DateOrder::MonthDayYear:
        return Transform::DatesMdy;
    case DateOrder::Auto:
        break;
    }
    return Transform::DatesAuto;
}

} // namespace

ImportMappingModel::ImportMappingModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportMappingModel::setSource(const QStringList &header, const QList<QStringList> &rows,
                                   const ImportPreset &preset)
{
    beginResetModel();
    m_header.clear();
    m_samples.clear();
    for (int i = 0; i < header.size(); ++i) {
        if (header.at(i).trimmed().isEmpty())
            continue;
        m_header << header.at(i).trimmed();
        QString sample;
        for (const QStringList &row : rows) {
            sample = row.value(i).trimmed();
            if (!sample.isEmpty())
                break;
        }
        m_samples << sample;
    }
    m_preset = preset;
    m_modified = false;
    endResetModel();
}

int ImportMappingModel::rowOf(const QString &header) const
{
    for (int row = 0; row < m_header.size(); ++row) {
        if (sameHeader(m_header.at(row), header))
            return row;
    }
    return -1;
}

QString ImportMappingModel::shownValue(const QString &fields, const QString &value)
{
    const QStringList names = fields.split(QLatin1String(", "), Qt::SkipEmptyParts);
    for (const QString &name : names) {
        if (name == QLatin1String("phone") || name.endsWith(QLatin1String(":phone")))
            return masking::phone(value);
        if (name == QLatin1String("email") || name.endsWith(QLatin1String(":email")))
            return masking::email(value);
    }
    return value;
}

QString ImportMappingModel::fieldsOf(const ImportPreset &preset, const QString &header)
{
    QStringList fields;
    for (const PresetColumn &column : preset.columns) {
        if (feeds(column, header) && !fields.contains(column.field))
            fields << column.field;
    }
    return fields.join(QLatin1String(", "));
}

QString ImportMappingModel::transformLabel(Transform transform)
{
    switch (transform) {
    case Transform::None:
        return tr("As is");
    case Transform::SplitList:
        return tr("List, split on , ; 、 |");
    case Transform::SplitSemicolon:
        return tr("List, split on ;");
    case Transform::ValueMap:
        return tr("Translate values (preset's table)");
    case Transform::DatesAuto:
        return tr("Dates: order detected (all dates)");
    case Transform::DatesYmd:
        return tr("Dates: year-month-day (all dates)");
    case Transform::DatesDmy:
        return tr("Dates: day-month-year (all dates)");
    case Transform::DatesMdy:
        return tr("Dates: month-day-year (all dates)");
    }
    return {};
}

const PresetColumn *ImportMappingModel::firstColumnOf(const QString &header) const
{
    for (const PresetColumn &column : m_preset.columns) {
        if (feeds(column, header))
            return &column;
    }
    return nullptr;
}

std::optional<FieldType> ImportMappingModel::fieldType(const QString &field) const
{
    const int index = fieldIndex(m_preset.entity, field);
    if (index < 0)
        return std::nullopt;
    return entityFields(m_preset.entity)[size_t(index)].type;
}

Transform ImportMappingModel::transformOf(int row) const
{
    const PresetColumn *column = firstColumnOf(m_header.at(row));
    if (!column)
        return Transform::None;
    switch (fieldType(column->field).value_or(FieldType::Text)) {
    case FieldType::Tags:
        return column->separators == QLatin1String(";") ? Transform::SplitSemicolon
                                                        : Transform::SplitList;
    case FieldType::Time:
        return siyu::transformOf(m_preset.dateOrder);
    default:
        return column->valueMap.isEmpty() ? Transform::None : Transform::ValueMap;
    }
}

QList<Transform> ImportMappingModel::transformChoices(int row) const
{
    const PresetColumn *column = firstColumnOf(m_header.at(row));
    if (!column)
        return {};
    switch (fieldType(column->field).value_or(FieldType::Text)) {
    case FieldType::Tags:
        return {Transform::SplitList, Transform::SplitSemicolon};
    case FieldType::Time:
        return {Transform::DatesAuto, Transform::DatesYmd, Transform::DatesDmy,
                Transform::DatesMdy};
    default:
        if (column->valueMap.isEmpty())
            return {Transform::None};
        return {Transform::ValueMap, Transform::None};
    }
}

int ImportMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

int ImportMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QString &header = m_header.at(row);
    if (role == ChoiceLabelsRole || role == ChoiceValuesRole)
        return rowChoices(row, index.column(), role);
    const QString fields = fieldsOf(m_preset, header);
    if (role == Qt::ForegroundRole && fields.isEmpty() && index.column() != SourceColumn)
        return QVariant(QColor(Qt::gray));
    if (role == Qt::FontRole && index.column() == FieldColumn && !fields.isEmpty()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case SourceColumn:
        return header;
    case FieldColumn:
        if (role == Qt::EditRole)
            return firstColumnOf(header) ? firstColumnOf(header)->field : QString();
        return fields.isEmpty() ? tr("(not imported)") : fields;
    case TransformColumn:
        if (fields.isEmpty())
            return QString();
        return role == Qt::EditRole ? QVariant(int(transformOf(row)))
                                    : QVariant(transformLabel(transformOf(row)));
    case SampleColumn:
        return shownValue(fields, m_samples.value(row));
    default:
        return {};
    }
}

QVariant ImportMappingModel::rowChoices(int row, int column, int role) const
{
    QVariantList values;
    QStringList labels;
    if (column == FieldColumn) {
        values << QString();
        labels << tr("(not imported)");
        for (const FieldDef &def : entityFields(m_preset.entity)) {
            values << QString::fromLatin1(def.name);
            labels << QString::fromLatin1(def.name);
        }
    } else if (column == TransformColumn) {
        const QList<Transform> transforms = transformChoices(row);
        for (Transform transform : transforms) {
            values << int(transform);
            labels << transformLabel(transform);
        }
    }
    return role == ChoiceLabelsRole ? QVariant(labels) : QVariant(values);
}

bool ImportMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString &header = m_header.at(index.row());
    if (index.column() == FieldColumn) {
        const QString field = value.toString();
        if (!field.isEmpty() && fieldIndex(m_preset.entity, field) < 0)
            return false;
        mapTo(header, field);
    } else if (index.column() == TransformColumn) {
        const auto transform = Transform(value.toInt());
        if (!transformChoices(index.row()).contains(transform))
            return false;
        setTransform(index.row(), transform);
    } else {
        return false;
    }
    changed();
    return true;
}

void ImportMappingModel::mapTo(const QString &header, const QString &field)
{
    for (PresetColumn &column : m_preset.columns) {
        removeHeader(column.headers, header);
        removeHeader(column.join, header);
        if (column.join.size() == 1)
            column.headers = std::exchange(column.join, {});
    }
    // A field left without a source is no longer read (nor required) from this file.
    m_preset.columns.removeIf([](const PresetColumn &column) {
        return column.headers.isEmpty() && column.join.isEmpty();
    });
    if (field.isEmpty())
        return;
    for (PresetColumn &column : m_preset.columns) {
        if (column.field == field) {
            // The user's choice comes first: its value wins over the preset's other columns.
            column.join.clear();
            column.headers.prepend(header);
            return;
        }
    }
    PresetColumn column;
    column.field = field;
    column.headers = QStringList{header};
    if (fieldType(field) == FieldType::Tags)
        column.separators = listSeparators;
    m_preset.columns << column;
}

void ImportMappingModel::setTransform(int row, Transform transform)
{
    const QString &header = m_header.at(row);
    if (const auto order = dateOrderOf(transform)) {
        m_preset.dateOrder = *order;
        return;
    }
    const PresetColumn *first = firstColumnOf(header);
    if (!first)
        return;
    const QString field = first->field;
    for (PresetColumn &column : m_preset.columns) {
        if (column.field != field)
            continue;
        if (transform == Transform::SplitList)
            column.separators = listSeparators;
        else if (transform == Transform::SplitSemicolon)
            column.separators = QStringLiteral(";");
        else if (transform == Transform::None)
            column.valueMap.clear();
    }
}

void ImportMappingModel::changed()
{
    m_modified = true;
    if (!m_header.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit mappingChanged();
}

Qt::ItemFlags ImportMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_preset.format != SourceFormat::Csv)
        return flags;
    if (index.column() == FieldColumn ||
        (index.column() == TransformColumn && transformChoices(index.row()).size() > 1))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ImportMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Column in the file");
    case FieldColumn:
        return tr("Siyu field");
    case TransformColumn:
        return tr("Transform");
    case SampleColumn:
        return tr("Example");
    default:
        return {};
    }
}

} // namespace siyu
