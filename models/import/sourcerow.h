// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/import/entityfields.h"
#include "models/import/valueparser.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <vector>

namespace siyu {

struct PresetColumn;

// How the records of one kind from one source are matched and completed: from the preset for
// the rows a file holds, from the source itself for records it derives (a chat's authors).
struct RowPolicy
{
    bool keepWhenEmpty = false;
    std::vector<int> match; // member fields that find an existing member
    QByteArray keyPrefix;   // records without a key of their own: prefix + first of keyFrom
    std::vector<int> keyFrom;
    std::array<QByteArray, maxFields> defaults{}; // for new records; "now" for times
    bool createMembers = false;                   // a named member that is unknown is created
    QByteArray memberKeyPrefix;
    QByteArray platform;
    DateOrder dateOrder = DateOrder::Auto;
};

// One record of one entity, as text, on its way from a source to the store. Values are UTF-8
// views into the source's buffer (or into `storage`), valid until the source's next row.
struct SourceRow
{
    Entity entity = Entity::Members;
    int file = 0;    // index of the source file
    qint64 row = 0;  // 1-based row (record, message or line) in that file
    int counted = 1; // source rows this record stands for: 0 for records a source derives
    const RowPolicy *policy = nullptr;
    std::array<QByteArrayView, maxFields> values{};
    std::array<bool, maxFields> present{};            // the source has this field at all
    std::array<const QString *, maxFields> columns{}; // the source column named in errors
    std::array<const PresetColumn *, maxFields> specs{};
    // The source fields of the record (several for grouped rows), for the rejects file.
    std::vector<std::vector<QByteArrayView>> raw;
    // A problem the source found before any field was read (a ragged row, bad UTF-8).
    QString sourceError;
    QString sourceErrorColumn;
    std::vector<QByteArray> storage;

    bool has(int field) const { return !values[size_t(field)].isEmpty(); }
    QByteArrayView value(int field) const { return values[size_t(field)]; }
    // Stores text the row owns and returns a view of it (QByteArray data does not move when
    // the vector grows).
    QByteArrayView own(QByteArray text)
    {
        storage.push_back(std::move(text));
        return storage.back();
    }
    void set(int field, QByteArrayView value)
    {
        values[size_t(field)] = value;
        present[size_t(field)] = true;
    }
    void clear()
    {
        values.fill({});
        present.fill(false);
        columns.fill(nullptr);
        specs.fill(nullptr);
        raw.clear();
        sourceError.clear();
        sourceErrorColumn.clear();
        storage.clear();
        counted = 1;
    }
    // A copy that owns all its text, for rows kept until the end of the import.
    SourceRow deepCopy() const;
};

} // namespace siyu
