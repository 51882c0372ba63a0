// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/memberexport.h"

#include "models/common/masking.h"
#include "models/common/sidefile.h"
#include "models/items/membertablemodel.h"
#include "models/segments/segmentexport.h"
#include "models/store/auditlog.h"
#include "models/store/memberlist.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <memory>

namespace siyu::memberexport {

namespace {

using Column = MemberTableModel::Column;

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::memberexport", text);
}

// Rows read from the store at a time.
constexpr int chunkSize = 2000;
// An .xlsx sheet holds this many rows, the header included.
constexpr qint64 xlsxRowLimit = 1048576;

Error fileError(const QString &path, const QString &reason)
{
    Error error = makeError(reason);
    error.file = path;
    return error;
}

Error cancelled()
{
    return makeError(QStringLiteral("cancelled"));
}

// One cell: text, or a number (with how it is shown in a spreadsheet).
struct Cell
{
    enum class Kind
    {
        Text,
        Integer,
        Money,
        Time,
        Empty
    };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
};

// A date and time as a spreadsheet's serial day number, in the workspace's zone.
double serialDay(qint64 t, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(t, zone);
    const qint64 wall = t + local.offsetFromUtc();
    return double(wall) / 86400.0 + 25569.0; // 1970-01-01 is day 25569
}

QString csvTime(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(t, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Cell cellOf(const MemberListRow &row, int column, bool unmasked, const QTimeZone &zone, bool csv)
{
    const auto text = [](const QString &value) {
        return value.isEmpty() ? Cell{} : Cell{Cell::Kind::Text, value, 0};
    };
    const auto time = [&](qint64 t) {
        return csv ? Cell{Cell::Kind::Text, csvTime(t, zone), 0}
                   : Cell{Cell::Kind::Time, {}, serialDay(t, zone)};
    };
    switch (column) {
    case Column::MemberIdColumn:
        return text(row.memberId);
    case Column::NameColumn:
        return text(row.name);
    case Column::RemarkColumn:
        return text(row.remark);
    case Column::GenderColumn:
        return text(MemberTableModel::genderTitle(row.gender));
    case Column::CityColumn:
        return text(row.city);
    case Column::PhoneColumn:
        return text(unmasked ? row.phone : masking::phone(row.phone));
    case Column::EmailColumn:
        return text(unmasked ? row.email : masking::email(row.email));
    case Column::SourceColumn:
        return text(row.source);
    case Column::StaffColumn:
        return text(row.staff);
    case Column::StageColumn:
        return text(MemberTableModel::stageTitle(row.stage));
    case Column::JoinedColumn:
        return time(row.joinedAt);
    case Column::TagsColumn:
        return text(row.tags.join(QStringLiteral("; ")));
    case Column::LastActiveColumn:
        return row.lastActiveAt ? time(*row.lastActiveAt) : Cell{};
    case Column::PaidOrdersColumn:
        return {Cell::Kind::Integer, QString::number(row.paidOrders), double(row.paidOrders)};
    case Column::PaidAmountColumn:
        return {Cell::Kind::Money,
                QStringLiteral("%1%2.%3")
                    .arg(row.paidCents < 0 ? QStringLiteral("-") : QString())
                    .arg(qAbs(row.paidCents) / 100)
                    .arg(qAbs(row.paidCents) % 100, 2, 10, QLatin1Char('0')),
                double(row.paidCents) / 100.0};
    default:
        return {};
    }
}

// XML 1.0 has no place for most control characters: they are dropped from .xlsx text.
QByteArray xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r'))
            out.append(c);
    }
    return out.toUtf8();
}

// Receives the rows in order; each writer knows its format.
class Writer
{
public:
    virtual ~Writer() = default;
    virtual Status begin(const QStringList &titles) = 0;
    virtual Status row(const QVector<Cell> &cells) = 0;
    virtual Status finish(SideFile &file) = 0;
};

class CsvWriter : public Writer
{
public:
    explicit CsvWriter(SideFile &file) : m_file(file) {}

    Status begin(const QStringList &titles) override
    {
        QStringList fields;
        for (const QString &title : titles)
            fields << segmentexport::csvField(title);
        const QByteArray header = QByteArrayLiteral("\xEF\xBB\xBF") +
                                  (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        return m_file.write(header);
    }

    Status row(const QVector<Cell> &cells) override
    {
        QStringList fields;
        for (const Cell &cell : cells) {
            fields << (cell.kind == Cell::Kind::Text
                           ? segmentexport::csvField(segmentexport::neutralised(cell.text))
                           : cell.text);
        }
        m_buffer += (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        if (m_buffer.size() < 1 << 16)
            return {};
        return flush();
    }

    Status finish(SideFile &) override { return flush(); }

private:
    Status flush()
    {
        const Status status = m_file.write(m_buffer);
        m_buffer.clear();
        return status;
    }

    SideFile &m_file;
    QByteArray m_buffer;
};

// libxlsxwriter writes to a file name of its own: into a private temporary folder, whose
// finished file is then copied into the side file (and the folder removed).
class XlsxWriter : public Writer
{
public:
    explicit XlsxWriter(QString path) : m_path(std::move(path)) {}
    ~XlsxWriter() override
    {
        if (m_book)
            workbook_close(m_book); // writes into the temporary folder, removed with it
    }

    Status begin(const QStringList &titles) override
    {
        if (!m_dir.isValid())
            return fileError(
                m_path, tr("No temporary folder for the spreadsheet: %1").arg(m_dir.errorString()));
        m_tmpdir = QFile::encodeName(m_dir.path());
        m_target = QFile::encodeName(m_dir.filePath(QStringLiteral("members.xlsx")));
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows go to disk as they come
        options.tmpdir = m_tmpdir.data();
        m_book = workbook_new_opt(m_target.constData(), &options);
        if (!m_book)
            return fileError(m_path, tr("The spreadsheet could not be started."));
        m_sheet = workbook_add_worksheet(m_book, xmlSafe(tr("Members")).constData());
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        m_date = workbook_add_format(m_book);
        format_set_num_format(m_date, "yyyy-mm-dd hh:mm");
        m_money = workbook_add_format(m_book);
        format_set_num_format(m_money, "#,##0.00");
        for (int i = 0; i < titles.size(); ++i) {
            worksheet_set_column(m_sheet, lxw_col_t(i), lxw_col_t(i), 16, nullptr);
            worksheet_write_string(m_sheet, 0, lxw_col_t(i), xmlSafe(titles.at(i)).constData(),
                                   m_bold);
        }
        worksheet_freeze_panes(m_sheet, 1, 0);
        return {};
    }

    Status row(const QVector<Cell> &cells) override
    {
        ++m_row;
        if (m_row >= xlsxRowLimit)
            return fileError(m_path, tr("An Excel sheet holds at most %1 rows: export this list "
                                        "as CSV, or narrow it with filters.")
                                         .arg(xlsxRowLimit - 1));
        for (int i = 0; i < cells.size(); ++i) {
            const Cell &cell = cells.at(i);
            const auto r = lxw_row_t(m_row);
            const auto c = lxw_col_t(i);
            lxw_error error = LXW_NO_ERROR;
            switch (cell.kind) {
            case Cell::Kind::Text:
                error =
                    worksheet_write_string(m_sheet, r, c, xmlSafe(cell.text).constData(), nullptr);
                break;
            case Cell::Kind::Integer:
                error = worksheet_write_number(m_sheet, r, c, cell.number, nullptr);
                break;
            case Cell::Kind::Money:
                error = worksheet_write_number(m_sheet, r, c, cell.number, m_money);
                break;
            case Cell::Kind::Time:
                error = worksheet_write_number(m_sheet, r, c, cell.number, m_date);
                break;
            case Cell::Kind::Empty:
                break;
            }
            if (error != LXW_NO_ERROR)
                return fileError(m_path, QString::fromUtf8(lxw_strerror(error)));
        }
        return {};
    }

    Status finish(SideFile &file) override
    {
        const lxw_error error = workbook_close(m_book);
        m_book = nullptr;
        if (error != LXW_NO_ERROR)
            return fileError(m_path, QString::fromUtf8(lxw_strerror(error)));
        QFile written(QFile::decodeName(m_target));
        if (!written.open(QIODevice::ReadOnly))
            return fileError(m_path, written.errorString());
        while (!written.atEnd()) {
            const QByteArray block = written.read(1 << 20);
            if (block.isEmpty() && written.error() != QFileDevice::NoError)
                return fileError(m_path, written.errorString());
            if (const Status status = file.write(block); !status)
                return status;
        }
        return {};
    }

private:
    QString m_path;
    QTemporaryDir m_dir;
    QByteArray m_tmpdir;
    QByteArray m_target;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_money = nullptr;
    qint64 m_row = 0;
};

Status audit(Workspace &ws, const Request &request, qint64 rows)
{
    QJsonArray columns;
    for (const int column : request.columns)
        columns.append(columnKey(column));
    const bool contact = request.columns.contains(Column::PhoneColumn) ||
                         request.columns.contains(Column::EmailColumn);
    const QJsonObject detail{{QStringLiteral("rows"), rows},
                             {QStringLiteral("format"), request.format == Format::Xlsx
                                                            ? QStringLiteral("xlsx")
                                                            : QStringLiteral("csv")},
                             {QStringLiteral("columns"), columns},
                             {QStringLiteral("masked"), !(request.unmasked && contact)},
                             {QStringLiteral("selection"), request.filter.refs.has_value()},
                             {QStringLiteral("file"), QFileInfo(request.path).fileName()}};
    return auditlog::record(
        ws, auditlog::exportData, QStringLiteral("members"), 0,
        QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
}

} // namespace

Format formatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

QString columnKey(int column)
{
    static const char *const keys[] = {"member_id",      "name",        "remark",     "gender",
                                       "city",           "phone",       "email",      "source",
                                       "staff",          "stage",       "joined_at",  "tags",
                                       "last_active_at", "paid_orders", "paid_amount"};
    static_assert(std::size(keys) == MemberTableModel::ColumnCount);
    return column >= 0 && column < MemberTableModel::ColumnCount ? QString::fromLatin1(keys[column])
                                                                 : QString();
}

Result<qint64> write(Workspace &ws, const Request &request,
                     const std::function<bool(int percent)> &progress)
{
    const auto key = MemberTableModel::sortKeyOf(request.sortColumn);
    if (!key)
        return makeError(QStringLiteral("the list is sorted by a column that does not sort"));
    if (request.columns.isEmpty())
        return makeError(tr("There are no columns to export."));
    if (const Status status = checkSideFile(tr("The export file"), request.path, ws.path());
        !status)
        return status.error();
    auto ids = memberlist::ids(ws, request.filter, *key, request.order);
    if (!ids)
        return ids.error();
    SideFile file(request.path);
    if (const Status status = file.open(); !status)
        return status.error();
    std::unique_ptr<Writer> writer;
    if (request.format == Format::Xlsx)
        writer = std::make_unique<XlsxWriter>(request.path);
    else
        writer = std::make_unique<CsvWriter>(file);
    QStringList titles;
    for (const int column : request.columns)
        titles << MemberTableModel::columnTitle(column);
    const QTimeZone zone = ws.timeZone();
    const bool csv = request.format == Format::Csv;
    Status status = writer->begin(titles);
    qint64 written = 0;
    const qsizetype total = ids->ids.size();
    for (qsizetype start = 0; status && start < total; start += chunkSize) {
        if (progress && !progress(int(start * 95 / qMax<qsizetype>(total, 1)))) {
            status = cancelled();
            break;
        }
        auto rows = memberlist::rows(ws, ids->ids.mid(start, chunkSize));
        if (!rows) {
            status = rows.error();
            break;
        }
        QVector<Cell> cells(request.columns.size());
        for (const MemberListRow &row : std::as_const(*rows)) {
            for (int i = 0; i < request.columns.size(); ++i)
                cells[i] = cellOf(row, request.columns.at(i), request.unmasked, zone, csv);
            if (status = writer->row(cells); !status)
                break;
            ++written;
        }
    }
    if (status && progress && !progress(96))
        status = cancelled();
    if (status)
        status = writer->finish(file);
    writer.reset();
    if (status)
        status = file.finish();
    if (status)
        status = audit(ws, request, written);
    if (!status) {
        file.discard();
        return status.error();
    }
    if (progress)
        progress(100);
    return written;
}

} // namespace siyu::memberexport
