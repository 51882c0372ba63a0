// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/error.h"

namespace siyu {

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty())
        where = file;
    if (row > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(": ")) + QStringLiteral("row ") +
                 QString::number(row);
    if (!column.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + QStringLiteral("column ") +
                 column;
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

} // namespace siyu
