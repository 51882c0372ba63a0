// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to StoreWriter: the typed values it binds and the reader of one row's cells.

#include "models/common/masking.h"
#include "models/import/importpreset.h"
#include "models/import/sourcerow.h"
#include "models/import/storewriter.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <type_traits>

namespace siyu {

struct StoreWriter::Value
{
    enum Kind : quint8
    {
        Null,
        Int,
        Real,
        Text
    };
    Kind kind = Null;
    qint64 i = 0;
    double d = 0;
    QByteArrayView t;

    static Value integer(qint64 v) { return {Int, v, 0, {}}; }
    static Value real(double v) { return {Real, 0, v, {}}; }
    static Value text(QByteArrayView v) { return v.isEmpty() ? Value{} : Value{Text, 0, 0, v}; }
    template<typename T> static Value maybe(const std::optional<T> &v)
    {
        if (!v)
            return {};
        if constexpr (std::is_floating_point_v<T>)
            return real(*v);
        else
            return integer(qint64(*v));
    }

    void bind(BulkStatement &statement, int index) const
    {
        switch (kind) {
        case Null:
            statement.bindNull(index);
            break;
        case Int:
            statement.bindInt(index, i);
            break;
        case Real:
            statement.bindReal(index, d);
            break;
        case Text:
            statement.bindText(index, t);
            break;
        }
    }
    // Whether column `column` of the statement's current row holds this value.
    bool equalsColumn(const BulkStatement &statement, int column) const
    {
        switch (kind) {
        case Null:
            return statement.isNull(column);
        case Int:
            return statement.columnType(column) == SQLITE_INTEGER && statement.int64(column) == i;
        case Real:
            return statement.columnType(column) == SQLITE_FLOAT && statement.real(column) == d;
        case Text:
            return statement.columnType(column) == SQLITE_TEXT && statement.text(column) == t;
        }
        return false;
    }
};

// Reads the typed values of one row; the first bad value becomes the row's error, naming the
// source column.
struct StoreWriter::Cells
{
    const SourceRow &row;
    LocalTimeConverter &zone;
    Error *error;
    bool failed = false;

    const RowPolicy &policy() const { return *row.policy; }
    QString column(int f) const
    {
        const QString *name = row.columns[size_t(f)];
        return name ? *name : QLatin1String(entityFields(row.entity)[size_t(f)].name);
    }
    bool fail(int f, const QString &message)
    {
        if (!failed) {
            *error = Error{message, {}, row.row, column(f)};
            failed = true;
        }
        return false;
    }
    bool has(int f) const { return row.has(f); }
    QByteArrayView text(int f) const { return row.value(f); }
    // The record sets field f: to its value, or (an empty cell where empty cells clear) to none.
    bool sets(int f) const
    {
        return row.present[size_t(f)] && (row.has(f) || !row.policy->keepWhenEmpty);
    }
    bool requireValue(int f)
    {
        if (has(f))
            return true;
        return fail(f, tr("a value is required"));
    }
    // Required by the preset (bold in the contract) and empty.
    bool checkRequired()
    {
        for (size_t f = 0; f < row.specs.size(); ++f) {
            const PresetColumn *spec = row.specs[f];
            if (spec && spec->required && !row.has(int(f)))
                return fail(int(f), tr("a value is required"));
        }
        return true;
    }
    // Keys, references, identities and phones: text Excel has mangled is refused.
    bool checkMangling(int f)
    {
        if (!has(f))
            return true;
        QString problem = values::excelMangling(text(f));
        if (!problem.isEmpty() && isPersonal(f))
            problem.replace(QString::fromUtf8(values::trimmed(text(f))), quoted(f));
        return problem.isEmpty() || fail(f, problem);
    }
    std::optional<qint64> time(int f)
    {
        if (!has(f))
            return std::nullopt;
        const auto t = values::parseDateTime(text(f), zone, row.policy->dateOrder);
        if (t)
            return t;
        if (values::looksLikeExcelSerialDate(text(f)))
            fail(f, tr("'%1' is a spreadsheet day number, not a date; format the column as a date "
                       "and export again")
                        .arg(quoted(f)));
        else
            fail(f,
                 tr("'%1' is not a date (such as 2026-11-16 or 2026-11-16 09:30)").arg(quoted(f)));
        return std::nullopt;
    }
    std::optional<qint64> money(int f)
    {
        if (!has(f))
            return std::nullopt;
        const money::Amount amount = values::parseAmount(text(f));
        switch (amount.error) {
        case money::AmountError::None:
            break;
        case money::AmountError::NotAnAmount:
            fail(f, tr("'%1' is not an amount").arg(quoted(f)));
            return std::nullopt;
        case money::AmountError::Ambiguous:
            fail(f, tr("'%1' is ambiguous: a single comma before three digits may separate "
                       "thousands or decimals; write the amount with a decimal point, such as "
                       "1234.00 or 1,234.00")
                        .arg(quoted(f)));
            return std::nullopt;
        case money::AmountError::TooPrecise:
            fail(f,
                 tr("'%1' has more than two decimals; amounts are stored in cents").arg(quoted(f)));
            return std::nullopt;
        case money::AmountError::TooLarge:
            fail(f, tr("'%1' is larger than the largest amount Siyu stores, %2")
                        .arg(quoted(f), money::formatCents(money::maxCents)));
            return std::nullopt;
        }
        if (amount.cents < 0) {
            fail(f, tr("negative amount %1").arg(quoted(f)));
            return std::nullopt;
        }
        return amount.cents;
    }
    std::optional<qint64> count(int f)
    {
        if (!has(f))
            return std::nullopt;
        bool tooLarge = false;
        const auto n = values::parseCount(text(f), &tooLarge);
        if (tooLarge)
            fail(f, tr("'%1' is larger than the largest number Siyu stores, %2")
                        .arg(quoted(f))
                        .arg(values::maxCount));
        else if (!n)
            fail(f, tr("'%1' is not a whole number of 0 or more").arg(quoted(f)));
        return n;
    }
    std::optional<double> real(int f)
    {
        if (!has(f))
            return std::nullopt;
        const auto v = values::parseReal(text(f));
        if (!v)
            fail(f, tr("'%1' is not a number").arg(quoted(f)));
        return v;
    }
    std::optional<qint64> flag(int f)
    {
        if (!has(f))
            return std::nullopt;
        const auto v = values::parseFlag(text(f));
        if (!v) {
            fail(f, tr("'%1' is not 0 or 1").arg(quoted(f)));
            return std::nullopt;
        }
        return *v ? 1 : 0;
    }
    // One of the field's choices, as the static text the store keeps.
    QByteArrayView choice(int f)
    {
        if (!has(f))
            return {};
        const char *choices = entityFields(row.entity)[size_t(f)].choices;
        const QByteArrayView value = values::trimmed(text(f));
        const char *start = choices;
        for (const char *p = choices;; ++p) {
            if (*p == '|' || *p == '\0') {
                const QByteArrayView option(start, p - start);
                if (option.size() == value.size() &&
                    QByteArrayView(value).compare(option, Qt::CaseInsensitive) == 0)
                    return option;
                if (*p == '\0')
                    break;
                start = p + 1;
            }
        }
        fail(f, tr("'%1' is not one of %2")
                    .arg(quoted(f), QString::fromLatin1(choices).replace(QLatin1Char('|'),
                                                                         QLatin1String(", "))));
        return {};
    }
    // The value of field f as an error message may show it: phones and emails masked, a
    // member's name never shown (messages reach stderr, logs and the window).
    QString quoted(int f) const
    {
        const QString value = QString::fromUtf8(text(f).first(qMin<qsizetype>(80, text(f).size())));
        const FieldDef &def = entityFields(row.entity)[size_t(f)];
        if (def.type == FieldType::Phone)
            return masking::phone(value);
        if (def.type == FieldType::Email)
            return masking::email(value);
        if (isMemberName(f))
            return tr("(the name)");
        // A key or text that is a phone number or an email (a WhatsApp author is known by
        // their number) is personal data too.
        if (def.type == FieldType::Key || def.type == FieldType::Ref ||
            def.type == FieldType::Text) {
            if (masking::looksLikeEmail(value))
                return masking::email(value);
            if (masking::looksLikePhone(value))
                return masking::phone(value);
        }
        return value;
    }
    bool isPersonal(int f) const
    {
        const FieldType type = entityFields(row.entity)[size_t(f)].type;
        return type == FieldType::Phone || type == FieldType::Email || isMemberName(f);
    }
    bool isMemberName(int f) const
    {
        const QLatin1String name(entityFields(row.entity)[size_t(f)].name);
        return name == QLatin1String("member:name") ||
               (row.entity == Entity::Members && name == QLatin1String("name"));
    }
    static QString tr(const char *text)
    {
        return QCoreApplication::translate("siyu::StoreWriter", text);
    }
};

} // namespace siyu
