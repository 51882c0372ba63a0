// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/members/membersarea.h"

#include "models/common/preference.h"
#include "models/common/units.h"
#include "models/items/membereditor.h"
#include "models/items/membertablemodel.h"
#include "models/store/erasure.h"
#include "models/store/workspace.h"
#include "widgets/common/splitterstate.h"
#include "widgets/members/counted.h"
#include "widgets/members/memberdetailpane.h"
#include "widgets/members/memberfilterbar.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <QtConcurrent>

#include <algorithm>

namespace siyu {

namespace {

constexpr int searchPauseMs = 300;
// Deleting more members than this at once asks first (it is undoable, but easy to do by
// accident with Ctrl+A).
constexpr int deleteWithoutAsking = 1;

// The column layout (order, widths, hidden columns) survives restarts.
inline const Preference<QByteArray> columnState{"members/columns", QByteArray()};

struct ColumnDefault
{
    int column;
    int width;
    bool visible;
};

const ColumnDefault columnDefaults[] = {
    {MemberTableModel::MemberIdColumn, 86, true},
    {MemberTableModel::NameColumn, 140, true},
    {MemberTableModel::RemarkColumn, 140, false},
    {MemberTableModel::GenderColumn, 70, false},
    {MemberTableModel::CityColumn, 90, false},
    {MemberTableModel::PhoneColumn, 128, true}, // "+86 139****5679": E.164 keeps the code
    {MemberTableModel::EmailColumn, 170, false},
    {MemberTableModel::SourceColumn, 78, true},
    {MemberTableModel::StaffColumn, 96, false},
    {MemberTableModel::StageColumn, 98, true},
    {MemberTableModel::JoinedColumn, 88, true},
    {MemberTableModel::TagsColumn, 130, true},
    {MemberTableModel::LastActiveColumn, 92, false},
    {MemberTableModel::PaidOrdersColumn, 84, false},
    {MemberTableModel::PaidAmountColumn, 100, true},
};

QLabel *secondaryLabel(const QString &text = {})
{
    auto *label = new QLabel(text);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

MembersArea::MembersArea(QWidget *parent) : Area(parent)
{
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MembersArea::applyFilter);

    m_view = new QTableView;
    m_view->setAccessibleName(tr("Members"));
    configureView();
    m_listPages = new QStackedWidget;
    m_listPages->addWidget(m_view);
    m_listPages->addWidget(createEmptyState());
    m_detail = new MemberDetailPane;
    m_detail->setMinimumWidth(380);
    connect(m_detail, &MemberDetailPane::revealRequested, this, &MembersArea::revealMember);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->addWidget(m_listPages);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setCollapsible(0, false);
    m_splitter->setSizes({800, 440});
    rememberSplitter(m_splitter, QStringLiteral("members"));

    m_filterBar = new MemberFilterBar;
    connect(m_filterBar, &MemberFilterBar::changed, this, &MembersArea::applyFilter);
    createActions();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(6);
    layout->addWidget(createToolbar());
    layout->addWidget(m_filterBar);
    layout->addWidget(createCaptionBar());
    layout->addWidget(m_splitter, 1);
    layout->addWidget(createStatusLine());
    setWorkspace(nullptr, nullptr);
}

MembersArea::~MembersArea()
{
    saveColumns();
}

QIcon MembersArea::icon() const
{
    return QIcon(QStringLiteral(":/siyu/icons/area-members.png"));
}

// ---- building -----------------------------------------------------------------------------

void MembersArea::createActions()
{
    // Ctrl+F is Edit › Find of the main window, which asks the current area (focusSearch).
    m_findAction = new QAction(tr("Find members"), this);
    connect(m_findAction, &QAction::triggered, this, &MembersArea::focusSearch);

    m_unmaskAction = new QAction(tr("Unmask contact details"), this);
    m_unmaskAction->setCheckable(true);
    m_unmaskAction->setToolTip(tr("Show full phone numbers and email addresses in the list "
                                  "(the audit log records that you did)"));
    connect(m_unmaskAction, &QAction::triggered, this, &MembersArea::toggleUnmask);

    m_deleteAction = new QAction(tr("Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut); // Delete in a text box stays there
    m_deleteAction->setToolTip(tr("Delete the selected members (Del). Undo brings them back."));
    connect(m_deleteAction, &QAction::triggered, this, &MembersArea::deleteSelected);
    m_view->addAction(m_deleteAction);

    m_restoreAction = new QAction(tr("Restore"), this);
    m_restoreAction->setToolTip(tr("Bring the selected deleted members back"));
    connect(m_restoreAction, &QAction::triggered, this, &MembersArea::restoreSelected);

    m_eraseAction = new QAction(tr("Erase personal data…"), this);
    m_eraseAction->setToolTip(tr("Remove the current member and everything that names them, "
                                 "for a data-subject request. Cannot be undone."));
    connect(m_eraseAction, &QAction::triggered, this, &MembersArea::eraseCurrent);
    createBulkActions();
    createMenu();
}

QWidget *MembersArea::createToolbar()
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search name, remark, member ID, phone, email or account"));
    m_search->setAccessibleName(tr("Search members"));
    m_search->setToolTip(
        tr("Search members (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MembersArea::applyFilter);

    m_filterToggle = new QToolButton;
    m_filterToggle->setText(tr("Filters"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setChecked(true);
    m_filterToggle->setToolTip(tr("Show or hide the filters"));
    connect(m_filterToggle, &QToolButton::toggled, m_filterBar, &QWidget::setVisible);

    auto *bar = new QToolBar;
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->setIconSize(QSize(16, 16));
    bar->addWidget(m_search);
    bar->addWidget(m_filterToggle);
    bar->addSeparator();
    bar->addAction(m_newAction);
    bar->addAction(m_exportAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(m_unmaskAction);
    bar->addSeparator();
    bar->addAction(m_deleteAction);
    bar->addAction(m_restoreAction);
    bar->addAction(m_eraseAction);
    return bar;
}

QWidget *MembersArea::createCaptionBar()
{
    m_captionBar = new QFrame;
    m_captionBar->setObjectName(QStringLiteral("membersCaption"));
    m_captionBar->setStyleSheet(
        QStringLiteral("#membersCaption { background: palette(alternate-base); border: 1px solid "
                       "palette(mid); border-radius: 4px; }"));
    m_captionLabel = new QLabel;
    m_captionLabel->setTextFormat(Qt::PlainText);
    m_captionLabel->setWordWrap(true); // a long caption wraps, the window keeps its width
    auto *clear = new QPushButton(tr("Show all members"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_refs.reset();
        m_caption.clear();
        applyFilter();
    });
    auto *row = new QHBoxLayout(m_captionBar);
    row->setContentsMargins(8, 4, 4, 4);
    row->addWidget(m_captionLabel, 1);
    row->addWidget(clear);
    m_captionBar->hide();
    return m_captionBar;
}

QWidget *MembersArea::createEmptyState()
{
    m_emptyTitle = new QLabel;
    QFont font = m_emptyTitle->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_emptyTitle->setFont(font);
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText = secondaryLabel();
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyButton = new QPushButton;
    connect(m_emptyButton, &QPushButton::clicked, this, &MembersArea::clearFilters);
    // A column in the middle of the page: title, explanation, one way out; narrower on a small
    // window, where the member's details take the other half.
    auto *card = new QWidget;
    card->setMaximumWidth(420);
    card->setMinimumWidth(240);
    auto *column = new QVBoxLayout(card);
    column->setSpacing(8);
    column->addWidget(m_emptyTitle);
    column->addWidget(m_emptyText);
    column->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    auto *page = new QWidget;
    page->setBackgroundRole(QPalette::Base);
    page->setAutoFillBackground(true);
    auto *layout = new QGridLayout(page);
    layout->addWidget(card, 0, 0, Qt::AlignCenter);
    return page;
}

QWidget *MembersArea::createStatusLine()
{
    m_status = secondaryLabel();
    m_status->setAccessibleName(tr("Members shown"));
    m_status->setWordWrap(true);
    return m_status;
}

void MembersArea::configureView()
{
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setIconSize(QSize(10, 10)); // the stage's colour dot
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MembersArea::listMenu);
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed); // never measure a million rows
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MembersArea::headerMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MembersArea::sortRequested);
    connect(m_view, &QTableView::doubleClicked, this, &MembersArea::openDetail);
    m_view->installEventFilter(this);
}

void MembersArea::configureColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray saved = columnState.get();
    if (saved.isEmpty() || !header->restoreState(saved)) {
        for (const ColumnDefault &d : columnDefaults) {
            header->resizeSection(d.column, d.width);
            header->setSectionHidden(d.column, !d.visible);
        }
        header->setSortIndicator(MemberTableModel::JoinedColumn, Qt::DescendingOrder);
    }
    // Dates take what the language makes them ("2026年12月28日" is wider than "28 Dec 2026"),
    // also where the widths were saved in another language.
    const int dateWidth = fontMetrics().horizontalAdvance(units::date(QDate(2026, 12, 28))) + 16;
    for (const int column :
         {int(MemberTableModel::JoinedColumn), int(MemberTableModel::LastActiveColumn)})
        header->resizeSection(column, std::max(header->sectionSize(column), dateWidth));
    if (!MemberTableModel::isSortable(header->sortIndicatorSection()))
        header->setSortIndicator(MemberTableModel::JoinedColumn, Qt::DescendingOrder);
}

void MembersArea::saveColumns()
{
    if (m_model)
        columnState.set(m_view->horizontalHeader()->saveState());
}

void MembersArea::loadChoices()
{
    MemberRepository &repo = m_editor->repository();
    auto tags = repo.tagNames();
    auto sources = repo.sources();
    auto staff = repo.staff();
    auto groups = repo.groups();
    if (!tags || !sources || !staff || !groups) {
        reportError(!tags      ? tags.error().message
                    : !sources ? sources.error().message
                    : !staff   ? staff.error().message
                               : groups.error().message);
        return;
    }
    m_filterBar->setTimeZone(m_workspace->timeZone());
    m_filterBar->setChoices({*tags, *sources, *staff, *groups});
    m_detail->setChoices(*staff, *sources, *tags);
}

// ---- workspace ----------------------------------------------------------------------------

void MembersArea::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    saveColumns();
    m_view->setModel(nullptr);
    m_detail->setWorkspace(nullptr, nullptr);
    delete m_model;
    delete m_editor;
    m_model = nullptr;
    m_editor = nullptr;
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_refs.reset();
    m_caption.clear();
    m_unmaskAction->setChecked(false);
    m_search->clear();
    m_searchTimer->stop();
    m_filterBar->clear();
    m_captionBar->hide();
    setEnabled(workspace != nullptr);
    if (!workspace) {
        m_status->clear();
        m_listPages->setCurrentWidget(m_view);
        updateActions();
        return;
    }
    m_editor = new MemberEditor(*workspace, undoStack, this);
    connect(m_editor, &MemberEditor::memberChanged, this, &MembersArea::memberChanged);
    connect(m_editor, &MemberEditor::membersChanged, this, &MembersArea::membersChanged);
    connect(m_editor, &MemberEditor::membersEdited, this, &MembersArea::afterBulkEdit);
    connect(m_editor, &MemberEditor::errorOccurred, this, &MembersArea::reportError);
    m_model = new MemberTableModel(*workspace, this);
    connect(m_model, &MemberTableModel::errorOccurred, this, &MembersArea::reportError);
    m_view->setModel(m_model);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MembersArea::showCurrentMember);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    m_detail->setWorkspace(workspace, m_editor);
    m_detail->setUnmasked(false);
    configureColumns();
    loadChoices();
    applyFilter();
}

void MembersArea::refresh()
{
    if (!m_workspace || m_notifying)
        return;
    loadChoices();
    reloadModel(currentRef());
    m_detail->reload(true);
}

// ---- the list -----------------------------------------------------------------------------

void MembersArea::currentFilter(MemberFilter &filter) const
{
    m_filterBar->apply(filter);
    filter.search = m_search->text().trimmed();
    filter.refs = m_refs;
    filter.caption = m_caption;
}

void MembersArea::applyFilter()
{
    m_searchTimer->stop();
    if (!m_model)
        return;
    MemberFilter filter;
    currentFilter(filter);
    const qint64 keep = currentRef();
    m_model->setFilter(filter);
    m_captionBar->setVisible(m_refs.has_value());
    afterListChanged(keep);
}

void MembersArea::clearFilters()
{
    m_search->clear();
    m_searchTimer->stop();
    m_filterBar->clear();
    m_refs.reset();
    m_caption.clear();
    applyFilter();
}

void MembersArea::showMembers(const QList<qint64> &memberRefs, const QString &caption)
{
    if (!m_model)
        return;
    m_search->clear();
    m_searchTimer->stop();
    m_filterBar->clear();
    m_refs = memberRefs;
    m_caption = caption;
    applyFilter();
}

void MembersArea::reloadModel(qint64 keepRef)
{
    if (!m_model)
        return;
    m_model->reload();
    afterListChanged(keepRef);
}

void MembersArea::afterListChanged(qint64 keepRef)
{
    int row = keepRef > 0 ? m_model->rowOf(keepRef) : -1;
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, m_view->horizontalHeader()->logicalIndex(0));
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    showCurrentMember();
    updateEmptyState();
    updateStatus();
    updateActions();
}

void MembersArea::updateEmptyState()
{
    const bool empty = m_model && m_model->rowCount() == 0;
    m_listPages->setCurrentIndex(empty ? 1 : 0);
    if (!empty)
        return;
    const MemberFilter &filter = m_model->filter();
    m_emptyButton->setVisible(filter.hasConditions() || filter.deleted);
    if (filter.deleted && !filter.hasConditions()) {
        m_emptyTitle->setText(tr("No deleted members"));
        m_emptyText->setText(tr("Members you delete wait here until you restore them or erase "
                                "their personal data."));
        m_emptyButton->setText(tr("Show the members"));
    } else if (filter.hasConditions() || filter.deleted) {
        m_emptyTitle->setText(tr("No members match"));
        m_emptyText->setText(
            filter.search.isEmpty()
                ? tr("No member meets all of these filters.")
                : tr("No member matches “%1” with these filters.").arg(filter.search));
        m_emptyButton->setText(tr("Clear search and filters"));
    } else {
        m_emptyTitle->setText(tr("No members yet"));
        m_emptyText->setText(tr("Import a member list — a WeCom, Slack, Discord, Telegram, "
                                "WhatsApp or Shopify export, or a Siyu members file — and your "
                                "members appear here."));
    }
}

void MembersArea::updateStatus()
{
    if (!m_model) {
        m_status->clear();
        return;
    }
    const MemberFilter &filter = m_model->filter();
    const int rows = m_model->rowCount();
    QString text = filter.deleted ? counted(rows, tr("1 deleted member"), tr("%1 deleted members"))
                                  : counted(rows, tr("1 member"), tr("%1 members"));
    if (filter.hasConditions())
        text += QStringLiteral("  ·  ") + tr("filtered");
    const int selected = selectedCount();
    if (selected > 1)
        text += QStringLiteral("  ·  ") + tr("%1 selected").arg(QLocale().toString(selected));
    if (m_model->isUnmasked())
        text += QStringLiteral("  ·  ") + tr("contact details unmasked");
    m_status->setText(text);
    if (m_refs) {
        m_captionLabel->setText((m_caption.isEmpty() ? tr("Chosen members") : m_caption) +
                                QStringLiteral("  ·  ") +
                                counted(rows, tr("1 member"), tr("%1 members")));
    }
}

QString MembersArea::statusText() const
{
    return m_status->text();
}

void MembersArea::updateActions()
{
    const bool deletedView = m_model && m_model->filter().deleted;
    const bool hasSelection =
        m_model && m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    m_deleteAction->setEnabled(hasSelection && !deletedView);
    m_deleteAction->setVisible(!deletedView);
    m_restoreAction->setEnabled(hasSelection && deletedView);
    m_restoreAction->setVisible(deletedView);
    m_eraseAction->setEnabled(currentRef() > 0);
    m_unmaskAction->setEnabled(m_model != nullptr);
    for (QAction *action : {m_tagAction, m_untagAction, m_staffAction, m_stageAction}) {
        action->setEnabled(hasSelection && !deletedView);
        action->setVisible(!deletedView);
    }
    m_exportSelectionAction->setEnabled(hasSelection && !m_exporting);
    m_exportAction->setEnabled(m_model && m_model->rowCount() > 0 && !m_exporting);
    m_newAction->setEnabled(m_model != nullptr);
}

qint64 MembersArea::currentRef() const
{
    if (!m_model || !m_view->selectionModel())
        return 0;
    return m_model->memberRef(m_view->selectionModel()->currentIndex().row());
}

// From the selection's ranges rather than an index per selected row: Ctrl+A on a large list
// selects one range.
QList<qint64> MembersArea::selectedRefs() const
{
    QList<qint64> refs;
    if (!m_model || !m_view->selectionModel())
        return refs;
    const QItemSelection selection = m_view->selectionModel()->selection();
    QSet<int> seen;
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (selection.size() > 1) {
                if (seen.contains(row))
                    continue;
                seen.insert(row);
            }
            if (const qint64 ref = m_model->memberRef(row); ref > 0)
                refs << ref;
        }
    }
    return refs;
}

int MembersArea::selectedCount() const
{
    if (!m_view->selectionModel())
        return 0;
    const QItemSelection selection = m_view->selectionModel()->selection();
    if (selection.size() == 1)
        return selection.first().height();
    return int(m_view->selectionModel()->selectedRows().size());
}

void MembersArea::sortRequested(int column, Qt::SortOrder order)
{
    if (!m_model)
        return;
    if (!MemberTableModel::isSortable(column)) {
        // Phone, email and tags have no useful order: keep the indicator where the list is.
        QHeaderView *header = m_view->horizontalHeader();
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        return;
    }
    const qint64 keep = currentRef();
    m_model->sort(column, order);
    afterListChanged(keep);
}

void MembersArea::headerMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    int visible = 0;
    for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < MemberTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(MemberTableModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1); // keep one
        connect(action, &QAction::toggled, this, [this, header, column](bool on) {
            header->setSectionHidden(column, !on);
            saveColumns();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

// ---- the current member -------------------------------------------------------------------

void MembersArea::showCurrentMember()
{
    m_detail->showMember(currentRef());
    updateActions();
}

void MembersArea::openDetail()
{
    if (currentRef() <= 0)
        return;
    QList<int> sizes = m_splitter->sizes();
    if (sizes.value(1) == 0) {
        sizes[1] = qMax(380, width() / 3);
        m_splitter->setSizes(sizes);
    }
    m_detail->focusEditor();
}

bool MembersArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openDetail();
            return true;
        }
    }
    return Area::eventFilter(watched, event);
}

void MembersArea::memberChanged(qint64 ref)
{
    m_model->refreshMembers({ref});
    if (ref == m_detail->currentMember())
        m_detail->reload();
    // The edit may have created a tag; staff and groups do not change here.
    if (auto tags = m_editor->repository().tagNames(); tags) {
        m_filterBar->setTagNames(*tags);
        m_detail->setTagNames(*tags);
    }
}

void MembersArea::membersChanged()
{
    reloadModel(currentRef());
    // Other areas count members; queued, as the change may still be on the stack's way.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_notifying = true;
            emit workspaceDataChanged();
            m_notifying = false;
        },
        Qt::QueuedConnection);
}

// ---- personal data ------------------------------------------------------------------------

void MembersArea::toggleUnmask(bool on)
{
    if (!m_model)
        return;
    if (on) {
        const auto answer = QMessageBox::question(
            this, tr("Unmask contact details"),
            tr("Show the full phone numbers and email addresses of the members in this list "
               "(%1)?\n\nThe audit log records that you did (not the details themselves).")
                .arg(counted(m_model->rowCount(), tr("1 member"), tr("%1 members"))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes || !m_editor->recordUnmask(0, m_model->rowCount())) {
            m_unmaskAction->setChecked(false);
            return;
        }
    }
    m_model->setUnmasked(on);
    m_detail->setUnmasked(on);
    updateStatus();
}

void MembersArea::revealMember(qint64 ref)
{
    const auto answer = QMessageBox::question(
        this, tr("Show contact details"),
        tr("Show this member's phone number and email address?\n\nThe audit log records that "
           "you did (not the details themselves)."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes && m_editor->recordUnmask(ref, 1))
        m_detail->setRevealed(true);
}

void MembersArea::deleteSelected()
{
    const QList<qint64> refs = selectedRefs();
    if (refs.isEmpty() || !m_editor)
        return;
    if (refs.size() > deleteWithoutAsking) {
        const auto answer = QMessageBox::question(
            this, tr("Delete members"),
            tr("Delete the %1 selected members?\n\nThey leave every list and KPI. Edit ▸ Undo "
               "brings them back, and so does Restore in the deleted members.")
                .arg(QLocale().toString(refs.size())),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    // The selection moves on to the row after the deleted ones, not back to the top.
    int firstRow = -1;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        firstRow = firstRow < 0 ? index.row() : qMin(firstRow, index.row());
    if (!m_editor->deleteMembers(refs))
        return;
    emit statusMessage(counted(refs.size(), tr("Deleted 1 member. Undo brings them back."),
                               tr("Deleted %1 members. Undo brings them back.")));
    const int rows = m_model->rowCount();
    if (firstRow >= 0 && rows > 0) {
        const QModelIndex next = m_model->index(qMin(firstRow, rows - 1), 0);
        m_view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                            QItemSelectionModel::Rows);
        m_view->scrollTo(next);
    }
}

void MembersArea::restoreSelected()
{
    const QList<qint64> refs = selectedRefs();
    if (!refs.isEmpty() && m_editor && m_editor->restoreMembers(refs))
        emit statusMessage(
            counted(refs.size(), tr("Restored 1 member."), tr("Restored %1 members.")));
}

void MembersArea::eraseCurrent()
{
    const qint64 ref = currentRef();
    if (ref <= 0 || !m_editor)
        return;
    auto record = m_editor->repository().load(ref);
    auto impact = m_editor->repository().eraseImpact(ref);
    if (!record || !impact) {
        reportError(!record ? record.error().message : impact.error().message);
        return;
    }
    const EraseCounts &c = *impact;
    QStringList removed{
        counted(c.identities, tr("1 account on another platform"),
                tr("%1 accounts on other platforms")),
        counted(c.tags, tr("1 tag"), tr("%1 tags")),
        counted(c.memberships, tr("1 group membership"), tr("%1 group memberships")),
        counted(c.events, tr("1 event"), tr("%1 events")),
        counted(c.orders, tr("1 order"), tr("%1 orders")),
        counted(c.stageHistory, tr("1 lifecycle stage change"), tr("%1 lifecycle stage changes")),
        counted(c.segmentMembers, tr("1 segment entry"), tr("%1 segment entries")),
        tr("what the undo records of imports hold about them")};
    QString details = tr("This removes the member and everything that names them:") +
                      QStringLiteral("\n  • ") + removed.join(QStringLiteral("\n  • "));
    if (c.referralsUnlinked > 0)
        details += QStringLiteral("\n\n") +
                   counted(c.referralsUnlinked,
                           tr("The member they invited stays, without the link to them."),
                           tr("The %1 members they invited stay, without the link to them."));
    details += QStringLiteral("\n\n") +
               tr("This cannot be undone. The audit log records the erasure and these counts, "
                  "without personal data.");
    QMessageBox box(
        QMessageBox::Warning, tr("Erase personal data"),
        tr("Erase all personal data of “%1” (%2)?")
            .arg(record->name.isEmpty() ? tr("(no name)") : record->name, record->memberId),
        QMessageBox::Cancel, this);
    box.setInformativeText(details);
    QPushButton *erase = box.addButton(tr("Erase"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != erase)
        return;
    auto erased = m_editor->erase(ref, MemberRepository::Purge::Later);
    if (!erased)
        return;
    // The file is cleaned of the old pages (VACUUM) on a worker with its own connection: on a
    // large workspace that takes long, and the window stays usable meanwhile.
    emit statusMessage(tr("The member's personal data was erased; cleaning the file…"));
    const QString path = m_workspace->path();
    auto *watcher = new QFutureWatcher<Result<bool>>(this);
    connect(watcher, &QFutureWatcher<Result<bool>>::finished, this, [this, watcher] {
        const Result<bool> purged = watcher->result();
        watcher->deleteLater();
        if (!purged) {
            reportError(purged.error().message);
        } else if (*purged) {
            emit statusMessage(tr("The member's personal data was erased."));
        } else {
            // Another window or command was reading the workspace: its old pages are zeroed,
            // but the write-ahead log still holds copies until nobody has the file open.
            QMessageBox::information(
                this, tr("Erase personal data"),
                tr("The member was erased. Another window or command is reading this workspace, "
                   "so the file could not be cleaned up completely yet: close the other programs "
                   "using it and then this workspace, and the last copies are removed."));
        }
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Result<bool> {
        auto ws = Workspace::open(path, Workspace::OpenMode::MustExist);
        if (!ws)
            return ws.error();
        return erasure::purgeFreedPages(**ws);
    }));
}

void MembersArea::reportError(const QString &message)
{
    if (message.isEmpty())
        return;
    if (m_collectedError) {
        *m_collectedError = message;
        return;
    }
    emit statusMessage(message);
    // Shown once the action that failed has unwound: a modal box inside an edit's signal would
    // take the focus from the very field being edited.
    QMetaObject::invokeMethod(
        this, [this, message] { QMessageBox::warning(this, tr("Members"), message); },
        Qt::QueuedConnection);
}

} // namespace siyu
