// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/collation.h"

#include <QCollator>
#include <QLocale>

#include <sqlite3.h>

namespace siyu::collation {

namespace {

int comparePinyin(void *context, int leftBytes, const void *left, int rightBytes, const void *right)
{
    const auto *collator = static_cast<const QCollator *>(context);
    // SQLITE_UTF16_ALIGNED (native byte order, aligned): the text is UTF-16 already, read without a
    // copy.
    const QStringView a(static_cast<const char16_t *>(left), leftBytes / 2);
    const QStringView b(static_cast<const char16_t *>(right), rightBytes / 2);
    return collator->compare(a, b);
}

void destroyCollator(void *context)
{
    delete static_cast<QCollator *>(context);
}

} // namespace

bool registerOn(sqlite3 *handle)
{
    if (!handle)
        return false;
    auto *collator = new QCollator(QLocale(QLocale::Chinese, QLocale::China));
    collator->setCaseSensitivity(Qt::CaseInsensitive);
    collator->setNumericMode(true);
    // SQLite calls the destructor itself, also when registering fails.
    return sqlite3_create_collation_v2(handle, pinyin, SQLITE_UTF16_ALIGNED, collator,
                                       comparePinyin, destroyCollator) == SQLITE_OK;
}

QString forNames()
{
    return QLocale().language() == QLocale::Chinese
               ? QStringLiteral(" COLLATE ") + QLatin1String(pinyin)
               : QStringLiteral(" COLLATE NOCASE");
}

} // namespace siyu::collation
