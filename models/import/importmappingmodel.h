// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/importpreset.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace siyu {

// The mapping of a file's columns to Siyu's fields, one row per source column, editable: the
// wizard's mapping editor changes a column's field or transform here, and the edited preset is
// what the import then runs with (or what "Save as preset" stores).
class ImportMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SourceColumn,
        FieldColumn,
        TransformColumn,
        SampleColumn,
        ColumnCount
    };
    enum Role
    {
        // For the editors of FieldColumn and TransformColumn: the labels to offer, and the
        // values (Qt::EditRole) they stand for.
        ChoiceLabelsRole = Qt::UserRole + 1,
        ChoiceValuesRole
    };
    // How a column's text is read, beyond its field's type.
    enum class Transform
    {
        None,
        SplitList,      // tags: split on , ; 、 | and their full-width forms
        SplitSemicolon, // tags: split on ; only (Siyu's own files)
        ValueMap,       // the preset's table of values (WeCom's gender codes, ...)
        DatesAuto,      // dates: the order is detected (applies to every date of the file)
        DatesYmd,
        DatesDmy,
        DatesMdy
    };
    Q_ENUM(Transform)

    explicit ImportMappingModel(QObject *parent = nullptr);

    // The file's header and a few rows (for examples), and the preset to edit.
    void setSource(const QStringList &header, const QList<QStringList> &rows,
                   const ImportPreset &preset);
    const ImportPreset &preset() const { return m_preset; }
    bool isModified() const { return m_modified; }
    // The row of a source column (case-insensitive), -1 when the file has no such column.
    int rowOf(const QString &header) const;

    // A value of the file as lists show it: phones and emails masked, like everywhere else.
    static QString shownValue(const QString &fields, const QString &value);
    // The fields a source column feeds in `preset`, comma-separated; empty when none.
    static QString fieldsOf(const ImportPreset &preset, const QString &header);
    static QString transformLabel(Transform transform);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    const PresetColumn *firstColumnOf(const QString &header) const;
    std::optional<FieldType> fieldType(const QString &field) const;
    Transform transformOf(int row) const;
    QList<Transform> transformChoices(int row) const;
    QVariant choices(int column, int role) const;
    QVariant rowChoices(int row, int column, int role) const;
    void mapTo(const QString &header, const QString &field);
    void setTransform(int row, Transform transform);
    void changed();

    QStringList m_header;
    QStringList m_samples;
    ImportPreset m_preset;
    bool m_modified = false;
};

} // namespace siyu
