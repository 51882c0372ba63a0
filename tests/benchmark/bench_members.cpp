// SPDX-License-Identifier: GPL-3.0-or-later
// Section "members": the members list on the demo workspace — the first page (model creation
// and the data of the rows a window shows), searches, filters, sorts, and a jump to the end.
// Goals: first page ≤ 100 ms; a search or a filter ≤ 300 ms.
#include "benchmark.h"

#include "models/items/membertablemodel.h"
#include "models/store/sql.h"
#include "models/store/workspace.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <ctime>

namespace siyu::bench {

namespace {

constexpr int visibleRows = 40; // a full-screen list

int fail(const QString &message)
{
    QTextStream(stderr) << "members: " << message << Qt::endl;
    return 1;
}

// What a view asks for to paint a page: every column of the first rows.
void readPage(const MemberTableModel &model, int firstRow = 0)
{
    const int last = qMin(model.rowCount(), firstRow + visibleRows);
    for (int row = firstRow; row < last; ++row) {
        for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
            model.data(model.index(row, column));
    }
}

// Wall time, and processor time: on a busy machine the second tells slow code from waiting.
class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    double wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }
    double cpuMs() const { return double(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

void report(const QString &name, const Stopwatch &watch, const MemberTableModel &model)
{
    Context::figure(name, watch.wallMs(), QStringLiteral("ms"));
    Context::figure(name + QStringLiteral("_cpu"), watch.cpuMs(), QStringLiteral("ms"));
    Context::figure(name + QStringLiteral("_rows"), qint64(model.rowCount()),
                    QStringLiteral("rows"));
}

// Times setFilter (the query) and the first page it shows.
void timeFilter(MemberTableModel &model, const QString &name, const MemberFilter &filter)
{
    const Stopwatch watch;
    model.setFilter(filter);
    readPage(model);
    report(name, watch, model);
}

void timeSort(MemberTableModel &model, const QString &name, int column, Qt::SortOrder order)
{
    const Stopwatch watch;
    model.sort(column, order);
    readPage(model);
    report(name, watch, model);
}

// Search texts taken from the workspace itself, so that they match something whatever the
// demo generates: part of a name, four digits of a phone number, two characters of a name.
struct Probes
{
    QString name;
    QString phone;
    QString shortText;
    QString tag;
    QString stage;
};

Probes probes(Workspace &ws)
{
    Probes p;
    const auto text = [&ws](const char *statement) {
        auto value = sql::scalar(ws.db(), QString::fromLatin1(statement));
        return value ? value->toString() : QString();
    };
    const QString name = text("SELECT name FROM members WHERE length(name) >= 3 AND id >= "
                              "(SELECT max(id) / 2 FROM members) ORDER BY id LIMIT 1");
    p.name = name.left(3);
    p.shortText = name.left(2);
    p.phone = text("SELECT substr(phone, length(phone) - 3) FROM members WHERE phone IS NOT "
                   "NULL AND length(phone) >= 4 AND id >= (SELECT max(id) / 3 FROM members) "
                   "ORDER BY id LIMIT 1");
    // The most used tag is the slowest one to filter by.
    p.tag = text("SELECT t.name FROM tags t JOIN member_tags mt ON mt.tag_ref = t.id GROUP BY "
                 "t.id ORDER BY count(*) DESC LIMIT 1");
    p.stage = QStringLiteral("loyalty");
    return p;
}

} // namespace

int benchMembers(Context &context)
{
    Workspace *ws = context.workspace();
    if (!ws)
        return fail(QStringLiteral("no workspace"));
    Stopwatch watch;
    MemberTableModel model(*ws);
    readPage(model);
    report(QStringLiteral("members_first_page"), watch, model);
    if (!model.lastError().isEmpty())
        return fail(model.lastError());

    // The list reads its first ids only; a jump to the end reads the rest.
    watch.restart();
    readPage(model, model.rowCount() - visibleRows);
    report(QStringLiteral("members_page_at_end"), watch, model);

    const Probes p = probes(*ws);
    MemberFilter filter;
    filter.search = p.name;
    timeFilter(model, QStringLiteral("members_search_name"), filter);
    filter.search = p.phone;
    timeFilter(model, QStringLiteral("members_search_phone"), filter);
    filter.search = p.shortText;
    timeFilter(model, QStringLiteral("members_search_short"), filter);
    filter = {};
    filter.tag = p.tag;
    timeFilter(model, QStringLiteral("members_filter_tag"), filter);
    filter.stage = p.stage;
    timeFilter(model, QStringLiteral("members_filter_tag_stage"), filter);
    timeFilter(model, QStringLiteral("members_filter_none"), {});

    timeSort(model, QStringLiteral("members_sort_name"), MemberTableModel::NameColumn,
             Qt::AscendingOrder);
    timeSort(model, QStringLiteral("members_sort_paid_desc"), MemberTableModel::PaidAmountColumn,
             Qt::DescendingOrder);
    timeSort(model, QStringLiteral("members_sort_staff"), MemberTableModel::StaffColumn,
             Qt::AscendingOrder);
    filter = {};
    filter.tag = p.tag;
    model.sort(MemberTableModel::NameColumn, Qt::AscendingOrder);
    timeFilter(model, QStringLiteral("members_filter_tag_by_name"), filter);
    return model.lastError().isEmpty() ? 0 : fail(model.lastError());
}

} // namespace siyu::bench
