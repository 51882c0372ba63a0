// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/calendar/calendararea.h"

#include "models/common/timeutil.h"
#include "models/common/units.h"
#include "models/items/contentcalendarmodel.h"
#include "models/items/contentcommands.h"
#include "models/store/workspace.h"
#include "widgets/calendar/agendadelegate.h"
#include "widgets/calendar/monthview.h"
#include "widgets/calendar/plannotes.h"
#include "widgets/calendar/weekview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace siyu {

namespace {

enum FilterIndex
{
    ChannelFilter,
    GroupFilter,
    CampaignFilter,
    OwnerFilter,
    StatusFilter,
    KindFilter
};

// The key under which a workspace's filters are remembered (its path, hashed).
QString filterKey(const Workspace &ws)
{
    return QStringLiteral("calendar/filters/") +
           QString::fromLatin1(
               QCryptographicHash::hash(ws.path().toUtf8(), QCryptographicHash::Sha1)
                   .toHex()
                   .left(16));
}

QToolButton *toolButton(const QString &text, const QString &tip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CalendarArea::CalendarArea(QWidget *parent) : Area(parent)
{
    m_model = new ContentCalendarModel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(createToolbar());
    layout->addWidget(createFilters());
    m_warnings = new QLabel;
    m_warnings->setObjectName(QStringLiteral("calendarWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setVisible(false);
    connect(m_warnings, &QLabel::linkActivated, this, &CalendarArea::showOverContacted);
    layout->addWidget(m_warnings);
    m_stack = new QStackedWidget;
    m_month = new MonthView;
    m_week = new WeekView;
    m_agenda = new QTableView;
    m_agenda->setObjectName(QStringLiteral("calendarAgenda"));
    m_agenda->setModel(m_model);
    m_agenda->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agenda->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agenda->setAlternatingRowColors(true);
    m_agenda->verticalHeader()->hide();
    m_agenda->setWordWrap(false);
    m_agenda->setShowGrid(false);
    m_agenda->setItemDelegate(new AgendaDelegate(m_agenda));
    m_agenda->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_agenda->horizontalHeader()->setSectionResizeMode(ContentCalendarModel::TitleColumn,
                                                       QHeaderView::Stretch);
    m_agenda->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_agenda, &QTableView::activated, this, [this](const QModelIndex &index) {
        openItem(index.data(ContentCalendarModel::IdRole).toLongLong());
    });
    connect(m_agenda, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_agenda->viewport()->mapToGlobal(pos)); });
    for (CalendarGridView *view :
         {static_cast<CalendarGridView *>(m_month), static_cast<CalendarGridView *>(m_week)}) {
        view->setModel(m_model);
        connectView(view);
    }
    connect(m_month, &MonthView::moreRequested, this, [this](const QDate &day) {
        m_current = day;
        setView(View::Week);
    });
    m_stack->addWidget(m_month);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_agenda);
    layout->addWidget(m_stack, 1);
    layout->addWidget(createLegend());
    createActions();
    createMenu();
    m_current = QDate::currentDate();
    updateRange();
    updateActions();
}

CalendarArea::~CalendarArea() = default;

QIcon CalendarArea::icon() const
{
    return QIcon(QStringLiteral(":/siyu/icons/area-calendar.png"));
}

QWidget *CalendarArea::createToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *previous = toolButton(QStringLiteral("\u25c0"), tr("Previous (Alt+Left)"));
    auto *today = toolButton(tr("Today"), tr("Go to today"));
    auto *next = toolButton(QStringLiteral("\u25b6"), tr("Next (Alt+Right)"));
    connect(previous, &QToolButton::clicked, this, &CalendarArea::showPrevious);
    connect(today, &QToolButton::clicked, this, &CalendarArea::showToday);
    connect(next, &QToolButton::clicked, this, &CalendarArea::showNext);
    m_jump = new QDateEdit;
    m_jump->setObjectName(QStringLiteral("calendarJump"));
    m_jump->setCalendarPopup(true);
    m_jump->setLocale(units::editorLocale());
    m_jump->setDisplayFormat(units::dateFormat());
    m_jump->setToolTip(tr("Go to a date"));
    connect(m_jump, &QDateEdit::dateChanged, this, [this](const QDate &day) {
        if (day != m_current)
            showDay(day);
    });
    m_period = new QLabel;
    m_period->setObjectName(QStringLiteral("calendarPeriod"));
    QFont heading = m_period->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    heading.setBold(true);
    m_period->setFont(heading);
    row->addWidget(previous);
    row->addWidget(today);
    row->addWidget(next);
    row->addWidget(m_jump);
    row->addSpacing(12);
    row->addWidget(m_period);
    row->addStretch();
    m_viewButtons = new QButtonGroup(bar);
    const QString names[] = {tr("Month"), tr("Week"), tr("Agenda")};
    for (int i = 0; i < 3; ++i) {
        auto *button = new QToolButton;
        button->setText(names[i]);
        button->setCheckable(true);
        button->setToolTip(tr("%1 view (Ctrl+%2)").arg(names[i]).arg(i + 1));
        m_viewButtons->addButton(button, i);
        row->addWidget(button);
    }
    m_viewButtons->button(0)->setChecked(true);
    connect(m_viewButtons, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
    return bar;
}

QWidget *CalendarArea::createFilters()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Show:")));
    const QString tips[] = {tr("Channel"), tr("Group"),  tr("Campaign"),
                            tr("Owner"),   tr("Status"), tr("Kind")};
    for (size_t i = 0; i < m_filters.size(); ++i) {
        m_filters[i] = new QComboBox;
        m_filters[i]->setToolTip(tips[i]);
        m_filters[i]->setAccessibleName(tips[i]);
        m_filters[i]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_filters[i]->setMinimumContentsLength(8);
        connect(m_filters[i], &QComboBox::currentIndexChanged, this, &CalendarArea::filterChanged);
        row->addWidget(m_filters[i], 1);
    }
    auto *clear = toolButton(tr("Clear"), tr("Show every item"));
    connect(clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    row->addWidget(clear);
    return bar;
}

QWidget *CalendarArea::createLegend()
{
    auto *legend = new QLabel;
    legend->setObjectName(QStringLiteral("calendarLegend"));
    legend->setWordWrap(true);
    QString html;
    for (const QString &kind : content::kinds())
        html += QStringLiteral("<span style=\"color:%1\">\u25a0</span>&nbsp;%2 &nbsp; ")
                    .arg(content::kindColor(kind).name(), content::kindLabel(kind).toHtmlEscaped());
    html += QStringLiteral(" | ");
    for (const QString &status : content::statuses())
        html += QStringLiteral("%1&nbsp;%2 &nbsp; ")
                    .arg(content::statusMark(status), content::statusLabel(status).toHtmlEscaped());
    html += QStringLiteral(" | <span style=\"color:#c62828\">\u26a0</span>&nbsp;") +
            tr("over the push limit").toHtmlEscaped() +
            QStringLiteral(" &nbsp; <span style=\"color:#d98c1a\">\u2b1a</span>&nbsp;") +
            tr("gap: a group that usually gets posts has none").toHtmlEscaped();
    legend->setText(html);
    return legend;
}

void CalendarArea::connectView(CalendarGridView *view)
{
    connect(view, &CalendarGridView::openRequested, this, &CalendarArea::openItem);
    connect(view, &CalendarGridView::createRequested, this, &CalendarArea::planItemAt);
    connect(view, &CalendarGridView::deleteRequested, this, &CalendarArea::deleteItems);
    connect(view, &CalendarGridView::duplicateRequested, this, &CalendarArea::duplicateItems);
    connect(view, &CalendarGridView::selectionChanged, this, &CalendarArea::updateActions);
    connect(view, &CalendarGridView::contextMenuRequested, this, &CalendarArea::showContextMenu);
    connect(view, &CalendarGridView::moveToDayRequested, this, [this](qint64 id, const QDate &day) {
        if (m_editor)
            m_editor->moveToDay(id, day);
    });
    connect(view, &CalendarGridView::rescheduleRequested, this,
            [this](qint64 id, const QDate &day, const QTime &time) {
                if (m_editor && m_workspace)
                    m_editor->reschedule(
                        id, QDateTime(day, time, m_workspace->timeZone()).toSecsSinceEpoch());
            });
    connect(view, &CalendarGridView::currentDayChanged, this, [this](const QDate &day) {
        if (day.isValid() && day != m_current)
            showDay(day);
    });
}

void CalendarArea::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    delete m_editor;
    m_editor = nullptr;
    m_workspace = workspace;
    m_undoStack = undoStack;
    if (workspace) {
        m_editor = new ContentEditor(*workspace, undoStack, this);
        connect(m_editor, &ContentEditor::contentChanged, this, [this] {
            refresh();
            emit workspaceDataChanged();
        });
        connect(m_editor, &ContentEditor::errorOccurred, this, &Area::statusMessage);
    }
    m_model->setWorkspace(workspace);
    if (workspace) // a workspace opens on today, in its own time zone
        m_current = QDateTime::currentDateTime().toTimeZone(workspace->timeZone()).date();
    loadChoices();
    restoreFilter();
    updateRange();
    updateActions();
}

void CalendarArea::refresh()
{
    // An import may have brought channels, owners, groups or campaigns the filters lack.
    const ContentFilter kept = filter();
    loadChoices();
    setFilter(kept);
    m_model->reload();
    updateWarnings();
    updateActions();
}

void CalendarArea::loadChoices()
{
    m_restoring = true;
    for (QComboBox *box : m_filters) {
        box->clear();
    }
    m_filters[ChannelFilter]->addItem(tr("Every channel"), QString());
    m_filters[GroupFilter]->addItem(tr("Every group"), qint64(0));
    m_filters[CampaignFilter]->addItem(tr("Every campaign"), qint64(0));
    m_filters[OwnerFilter]->addItem(tr("Every owner"), QString());
    m_filters[StatusFilter]->addItem(tr("Every status"), QString());
    m_filters[KindFilter]->addItem(tr("Every kind"), QString());
    for (const QString &status : content::statuses())
        m_filters[StatusFilter]->addItem(content::statusLabel(status), status);
    for (const QString &kind : content::kinds())
        m_filters[KindFilter]->addItem(content::kindLabel(kind), kind);
    if (m_workspace) {
        ContentRepository repository(*m_workspace);
        if (auto channels = repository.channels())
            for (const QString &channel : *channels)
                m_filters[ChannelFilter]->addItem(channel, channel);
        if (auto owners = repository.owners())
            for (const QString &owner : *owners)
                m_filters[OwnerFilter]->addItem(owner, owner);
        if (auto groups = repository.groups())
            for (const NamedRef &group : *groups)
                m_filters[GroupFilter]->addItem(group.name, group.ref);
        if (auto campaigns = repository.campaigns())
            for (const NamedRef &campaign : *campaigns)
                m_filters[CampaignFilter]->addItem(campaign.name, campaign.ref);
    }
    m_restoring = false;
}

ContentFilter CalendarArea::filter() const
{
    ContentFilter f;
    f.channel = m_filters[ChannelFilter]->currentData().toString();
    f.groupRef = m_filters[GroupFilter]->currentData().toLongLong();
    f.campaignRef = m_filters[CampaignFilter]->currentData().toLongLong();
    f.owner = m_filters[OwnerFilter]->currentData().toString();
    f.status = m_filters[StatusFilter]->currentData().toString();
    f.kind = m_filters[KindFilter]->currentData().toString();
    return f;
}

void CalendarArea::setFilter(const ContentFilter &f)
{
    m_restoring = true;
    const auto select = [](QComboBox *box, const QVariant &value) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    select(m_filters[ChannelFilter], f.channel);
    select(m_filters[GroupFilter], f.groupRef);
    select(m_filters[CampaignFilter], f.campaignRef);
    select(m_filters[OwnerFilter], f.owner);
    select(m_filters[StatusFilter], f.status);
    select(m_filters[KindFilter], f.kind);
    m_restoring = false;
    filterChanged();
}

void CalendarArea::filterChanged()
{
    if (m_restoring)
        return;
    m_model->setFilter(filter());
    saveFilter();
    updateActions();
}

void CalendarArea::saveFilter() const
{
    if (!m_workspace)
        return;
    const ContentFilter f = filter();
    QSettings().setValue(filterKey(*m_workspace),
                         QStringList{f.channel, QString::number(f.groupRef),
                                     QString::number(f.campaignRef), f.owner, f.status, f.kind});
}

void CalendarArea::restoreFilter()
{
    ContentFilter f;
    if (m_workspace) {
        const QStringList saved = QSettings().value(filterKey(*m_workspace)).toStringList();
        if (saved.size() == 6)
            f = {saved[0], saved[1].toLongLong(), saved[2].toLongLong(), saved[3], saved[4],
                 saved[5]};
    }
    setFilter(f);
}

void CalendarArea::setView(View view)
{
    m_view = view;
    m_viewButtons->button(int(view))->setChecked(true);
    m_stack->setCurrentIndex(int(view));
    updateRange();
}

void CalendarArea::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_current = day;
    updateRange();
}

void CalendarArea::showPrevious()
{
    showDay(m_view == View::Week ? m_current.addDays(-7) : m_current.addMonths(-1));
}

void CalendarArea::showNext()
{
    showDay(m_view == View::Week ? m_current.addDays(7) : m_current.addMonths(1));
}

void CalendarArea::showToday()
{
    showDay(m_month->today());
}

// The model holds exactly what the current view shows: six weeks for the month view, seven
// days for the week, the calendar month for the agenda.
void CalendarArea::updateRange()
{
    QDate first;
    QDate end;
    const units::Display display = units::Display::current();
    switch (m_view) {
    case View::Month:
        m_month->setMonth(m_current);
        first = m_month->firstDay();
        end = first.addDays(42);
        m_period->setText(display.locale.toString(m_current, units::monthFormat(display)));
        break;
    case View::Week:
        m_week->setWeek(m_current);
        first = m_week->monday();
        end = first.addDays(7);
        m_period->setText(tr("Week %1 · %2 – %3")
                              .arg(timeutil::isoWeekName(first), units::shortDate(first),
                                   units::shortDate(first.addDays(6))));
        break;
    case View::Agenda:
        first = QDate(m_current.year(), m_current.month(), 1);
        end = first.addMonths(1);
        m_period->setText(display.locale.toString(m_current, units::monthFormat(display)));
        break;
    }
    m_model->setRange(first, end);
    m_month->setCurrentDay(m_current);
    m_week->setCurrentDay(m_current);
    const QSignalBlocker blocker(m_jump);
    m_jump->setDate(m_current);
    updateWarnings();
}

// The warnings need every member the range's items reach: at 20,000 items that is a good part
// of a second, so they are checked on a worker (on a connection of its own) and shown when
// they arrive; an answer for a range or a state no longer shown is dropped.
void CalendarArea::updateWarnings()
{
    const int request = ++m_warningRequest;
    if (!m_workspace || !m_model->firstDay().isValid()) {
        applyWarnings({});
        return;
    }
    const QString path = m_workspace->path();
    const QDate first = m_model->firstDay();
    const QDate end = m_model->endDay();
    auto *watcher = new QFutureWatcher<PlanNotes::Range>(this);
    connect(watcher, &QFutureWatcher<PlanNotes::Range>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request == m_warningRequest)
            applyWarnings(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path, first, end] {
        auto ws = Workspace::open(path, Workspace::OpenMode::ReadOnly);
        if (!ws) {
            PlanNotes::Range failed;
            failed.error = ws.error().toString();
            return failed;
        }
        return PlanNotes::check(**ws, first, end);
    }));
}

bool CalendarArea::warningsPending() const
{
    return m_appliedWarnings != m_warningRequest;
}

void CalendarArea::applyWarnings(const PlanNotes::Range &range)
{
    m_appliedWarnings = m_warningRequest;
    m_overContacted.clear();
    const auto marks = PlanNotes::dayMarks(range);
    m_month->setMarks(marks);
    m_week->setMarks(marks);
    QStringList lines;
    for (const QString &line : PlanNotes::summary(range))
        lines << QStringLiteral("\u26a0 ") + line.toHtmlEscaped();
    // Each week's sentence links to its members.
    int week = 0;
    for (const ContactOverload &o : range.contacts) {
        std::vector<qint64> refs;
        for (const OverContactedMember &m : o.members)
            refs.push_back(m.memberRef);
        m_overContacted.push_back(std::move(refs));
        const QString sentence =
            QStringLiteral("\u26a0 ") + PlanNotes::contactSentence(o).toHtmlEscaped();
        const qsizetype at = lines.indexOf(sentence);
        if (at >= 0)
            lines[at] += QStringLiteral(" <a href=\"week:%1\">%2</a>")
                             .arg(week)
                             .arg(tr("Show them").toHtmlEscaped());
        ++week;
    }
    m_warnings->setText(lines.join(QStringLiteral("<br>")));
    m_warnings->setVisible(!lines.isEmpty());
}

void CalendarArea::showOverContacted(const QString &link)
{
    const int week = link.mid(5).toInt();
    if (!link.startsWith(QLatin1String("week:")) || week < 0 || week >= int(m_overContacted.size()))
        return;
    const auto &refs = m_overContacted[size_t(week)];
    emit showMembersRequested(QList<qint64>(refs.begin(), refs.end()),
                              tr("Members over the weekly contact cap"));
}

} // namespace siyu
