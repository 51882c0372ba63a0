// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/sourcerow.h"

namespace siyu {

SourceRow SourceRow::deepCopy() const
{
    SourceRow copy;
    copy.entity = entity;
    copy.file = file;
    copy.row = row;
    copy.counted = counted;
    copy.policy = policy;
    copy.present = present;
    copy.columns = columns;
    copy.specs = specs;
    copy.sourceError = sourceError;
    copy.sourceErrorColumn = sourceErrorColumn;
    for (size_t i = 0; i < values.size(); ++i) {
        if (!values[i].isEmpty())
            copy.values[i] = copy.own(values[i].toByteArray());
    }
    for (const auto &record : raw) {
        copy.raw.emplace_back();
        for (QByteArrayView field : record)
            copy.raw.back().push_back(copy.own(field.toByteArray()));
    }
    return copy;
}

} // namespace siyu
