// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/segments/segmentsarea.h"

#include "models/common/preference.h"
#include "models/common/units.h"
#include "models/items/membertablemodel.h"
#include "models/items/ruletreemodel.h"
#include "models/items/savedsegmentmodel.h"
#include "models/items/segmentcommands.h"
#include "models/store/workspace.h"
#include "widgets/common/splitterstate.h"
#include "widgets/segments/analysis/churnwarningpage.h"
#include "widgets/segments/analysis/lifecyclepage.h"
#include "widgets/segments/analysis/rfmpage.h"
#include "widgets/segments/analysis/tierspage.h"
#include "widgets/segments/rulebuilder.h"
#include "widgets/segments/rulecounter.h"
#include "widgets/segments/segmentsizechart.h"

#include <QAction>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace siyu {

namespace {

// The Members area's column layout, read (never written) so that the preview shows the same
// columns in the same order.
inline const Preference<QByteArray> memberColumns{"members/columns", QByteArray()};

const MemberTableModel::Column previewColumns[] = {
    MemberTableModel::MemberIdColumn, MemberTableModel::NameColumn,
    MemberTableModel::PhoneColumn,    MemberTableModel::SourceColumn,
    MemberTableModel::StageColumn,    MemberTableModel::JoinedColumn,
    MemberTableModel::TagsColumn,     MemberTableModel::PaidAmountColumn,
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

SegmentsArea::SegmentsArea(QWidget *parent) : Area(parent)
{
    m_counter = new RuleCounter(this);
    connect(m_counter, &RuleCounter::pending, this, &SegmentsArea::showPending);
    connect(m_counter, &RuleCounter::counted, this, &SegmentsArea::showCount);
    connect(m_counter, &RuleCounter::failed, this, &SegmentsArea::showCountError);
    m_nowTimer = new QTimer(this);
    m_nowTimer->setInterval(30 * 1000);
    connect(m_nowTimer, &QTimer::timeout, this, &SegmentsArea::tickNow);

    m_builder = new RuleBuilder;
    connect(m_builder, &RuleBuilder::ruleChanged, this, &SegmentsArea::ruleChanged);
    createActions();

    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createRulesPage(), tr("Rules"));
    createAnalysisPages();
    connect(m_tabs, &QTabWidget::currentChanged, this, &SegmentsArea::showPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    createMenu();
    setWorkspace(nullptr, nullptr);
}

SegmentsArea::~SegmentsArea() = default;

QIcon SegmentsArea::icon() const
{
    return QIcon(QStringLiteral(":/siyu/icons/area-segments.png"));
}

void SegmentsArea::addAnalysisPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

template<typename Page> void SegmentsArea::addPage(Page *page, const QString &title)
{
    connect(page, &Page::showMembersRequested, this, &Area::showMembersRequested);
    connect(page, &Page::saveMembersAsSegment, this, &SegmentsArea::saveMembersAsSegment);
    AnalysisPage entry;
    entry.widget = page;
    entry.attach = [page](Workspace *ws, QUndoStack *undo) {
        page->setWorkspace(ws, undo);
    };
    entry.refresh = [page] {
        page->refresh();
    };
    m_pages.push_back(entry);
    addAnalysisPage(page, title);
}

void SegmentsArea::createAnalysisPages()
{
    addPage(new RfmPage, tr("RFM"));
    auto *lifecycle = new LifecyclePage;
    connect(lifecycle, &LifecyclePage::stageThresholdsChanged, this,
            &SegmentsArea::stageRecomputeRequested);
    addPage(lifecycle, tr("Lifecycle"));
    auto *tiers = new TiersPage;
    // The tier node of a rule reads the thresholds: count again.
    connect(tiers, &TiersPage::tierThresholdsChanged, this, &SegmentsArea::requestCount);
    addPage(tiers, tr("Value tiers"));
    addPage(new ChurnWarningPage, tr("Churn warning"));
}

void SegmentsArea::showPage(int tab)
{
    QWidget *widget = m_tabs->widget(tab);
    for (AnalysisPage &page : m_pages) {
        if (page.widget != widget || !m_workspace)
            continue;
        if (!page.attached) {
            page.attach(m_workspace, m_undoStack);
            page.attached = true;
        } else if (page.stale) {
            page.refresh();
        }
        page.stale = false;
    }
}

// ---- building -----------------------------------------------------------------------------

QWidget *SegmentsArea::createRulesPage()
{
    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(createSavedSide());
    splitter->addWidget(createBuilderSide());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({400, 960});
    rememberSplitter(splitter, QStringLiteral("segments"));
    return splitter;
}

QWidget *SegmentsArea::createCountBar()
{
    m_asOfEdit = new QDateTimeEdit;
    m_asOfEdit->setAccessibleName(tr("As of"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(units::dateFormat() + QStringLiteral(" HH:mm"));
    m_asOfEdit->setLocale(units::editorLocale());
    m_asOfEdit->setToolTip(tr("Count the members as things stood at this time: orders, events, "
                              "group memberships, stages, tiers and RFM of then."));
    connect(m_asOfEdit, &QDateTimeEdit::dateTimeChanged, this, &SegmentsArea::asOfEdited);
    m_nowButton = new QPushButton(tr("Now"));
    m_nowButton->setCheckable(true);
    m_nowButton->setToolTip(tr("Count as of now, following the clock"));
    connect(m_nowButton, &QPushButton::clicked, this, &SegmentsArea::setAsOfNow);

    m_count = new QLabel;
    m_count->setAccessibleName(tr("Members matching the rule"));
    QFont font = m_count->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_count->setFont(font);
    m_count->setTextFormat(Qt::PlainText);

    auto *save = new QPushButton(tr("Save Segment…"));
    connect(save, &QPushButton::clicked, m_saveAction, &QAction::trigger);
    connect(m_saveAction, &QAction::changed, save,
            [this, save] { save->setEnabled(m_saveAction->isEnabled()); });
    save->setToolTip(m_saveAction->toolTip());
    auto *freeze = new QPushButton(tr("Freeze…"));
    connect(freeze, &QPushButton::clicked, m_freezeAction, &QAction::trigger);
    connect(m_freezeAction, &QAction::changed, freeze,
            [this, freeze] { freeze->setEnabled(m_freezeAction->isEnabled()); });
    freeze->setToolTip(m_freezeAction->toolTip());

    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("As of")));
    row->addWidget(m_asOfEdit);
    row->addWidget(m_nowButton);
    row->addSpacing(16);
    row->addWidget(m_count, 1);
    row->addWidget(save);
    row->addWidget(freeze);
    return bar;
}

QWidget *SegmentsArea::createBuilderSide()
{
    m_previewView = new QTableView;
    m_previewView->setAccessibleName(tr("Matching members"));
    configurePreview();
    m_bottomTabs = new QTabWidget;
    m_bottomTabs->addTab(m_previewView, tr("Matching members"));
    m_bottomTabs->addTab(m_builder->jsonPane(), tr("JSON"));

    auto *vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(m_builder);
    vertical->addWidget(m_bottomTabs);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setChildrenCollapsible(false);
    rememberSplitter(vertical, QStringLiteral("segments-builder"));

    auto *side = new QWidget;
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 6, 4, 4);
    layout->addWidget(createCountBar());
    layout->addWidget(vertical, 1);
    return side;
}

QWidget *SegmentsArea::createSavedSide()
{
    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Find a saved segment"));
    m_search->setAccessibleName(tr("Find a saved segment"));
    m_search->setClearButtonEnabled(true);
    m_savedProxy = new QSortFilterProxyModel(this);
    m_savedProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_savedProxy->setFilterKeyColumn(SavedSegmentModel::NameColumn);
    connect(m_search, &QLineEdit::textChanged, m_savedProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_savedView = new QTableView;
    m_savedView->setAccessibleName(tr("Saved segments"));
    m_savedView->setModel(m_savedProxy);
    m_savedView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_savedView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_savedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_savedView->setShowGrid(false);
    m_savedView->setWordWrap(false);
    m_savedView->setAlternatingRowColors(true);
    m_savedView->verticalHeader()->hide();
    m_savedView->horizontalHeader()->setStretchLastSection(false);
    m_savedView->horizontalHeader()->setHighlightSections(false);
    m_savedView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_savedView->installEventFilter(this);
    connect(m_savedView, &QTableView::doubleClicked, this,
            [this] { loadSegment(currentSegment()); });

    m_chartTitle = secondaryLabel(tr("Size over time"));
    m_chart = new SegmentSizeChart;

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_loadAction, m_openAction, m_exportAction}) {
        auto *button = new QPushButton(action->text().remove(QLatin1Char('&')));
        button->setToolTip(action->toolTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button,
                [action, button] { button->setEnabled(action->isEnabled()); });
        buttons->addWidget(button);
    }

    auto *side = new QWidget;
    side->setMinimumWidth(280);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 6, 4, 4);
    auto *title = new QLabel(tr("Saved segments"));
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_savedView, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_chartTitle);
    layout->addWidget(m_chart, 1);
    return side;
}

void SegmentsArea::configurePreview()
{
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setShowGrid(false);
    m_previewView->setWordWrap(false);
    m_previewView->setIconSize(QSize(10, 10));
    m_previewView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = m_previewView->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_previewView->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!m_preview)
                    return;
                if (!MemberTableModel::isSortable(column)) {
                    const QSignalBlocker blocker(m_previewView->horizontalHeader());
                    m_previewView->horizontalHeader()->setSortIndicator(m_preview->sortColumn(),
                                                                        m_preview->sortOrder());
                    return;
                }
                m_preview->sort(column, order);
            });
    connect(m_previewView, &QTableView::doubleClicked, this, &SegmentsArea::openPreviewMember);
    m_previewView->installEventFilter(this);
}

// ---- workspace ----------------------------------------------------------------------------

void SegmentsArea::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    m_counter->setWorkspacePath(workspace ? workspace->path() : QString());
    m_previewView->setModel(nullptr);
    m_savedProxy->setSourceModel(nullptr);
    delete m_preview;
    delete m_saved;
    delete m_editor;
    m_preview = nullptr;
    m_saved = nullptr;
    m_editor = nullptr;
    m_workspace = workspace;
    m_undoStack = undoStack;
    m_countCurrent = false;
    m_search->clear();
    m_nowTimer->stop();
    for (AnalysisPage &page : m_pages) {
        if (page.attached)
            page.attach(nullptr, nullptr);
        page.attached = false;
        page.stale = false;
    }
    setEnabled(workspace != nullptr);
    if (!workspace) {
        m_count->clear();
        m_chart->showMessage(QString());
        updateActions();
        emit workspaceOpened(nullptr);
        return;
    }
    m_editor = new SegmentEditor(*workspace, undoStack, this);
    connect(m_editor, &SegmentEditor::segmentsChanged, this, &SegmentsArea::segmentsChanged);
    connect(m_editor, &SegmentEditor::errorOccurred, this, &SegmentsArea::reportError);
    m_saved = new SavedSegmentModel(*workspace, this);
    connect(m_saved, &SavedSegmentModel::errorOccurred, this, &SegmentsArea::reportError);
    m_savedProxy->setSourceModel(m_saved);
    QHeaderView *columns = m_savedView->horizontalHeader();
    columns->setSectionResizeMode(SavedSegmentModel::NameColumn, QHeaderView::Stretch);
    for (const int column : {int(SavedSegmentModel::KindColumn), int(SavedSegmentModel::SizeColumn),
                             int(SavedSegmentModel::EvaluatedColumn)})
        columns->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_savedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SegmentsArea::segmentChosen);

    m_preview = new MemberTableModel(*workspace, this);
    connect(m_preview, &MemberTableModel::errorOccurred, this, &SegmentsArea::reportError);
    MemberFilter nobody;
    nobody.refs = QList<qint64>();
    m_preview->setFilter(nobody);
    m_previewView->setModel(m_preview);
    QHeaderView *header = m_previewView->horizontalHeader();
    const QByteArray saved = memberColumns.get();
    if (saved.isEmpty() || !header->restoreState(saved)) {
        for (int column = 0; column < MemberTableModel::ColumnCount; ++column)
            header->setSectionHidden(column, true);
        for (const MemberTableModel::Column column : previewColumns)
            header->setSectionHidden(column, false);
        header->resizeSection(MemberTableModel::PhoneColumn, 128); // "+86 139****5679"
        header->setSortIndicator(MemberTableModel::JoinedColumn, Qt::DescendingOrder);
    }
    header->setSectionsMovable(false);

    loadChoices();
    m_followNow = true;
    setAsOfNow();
    selectSegment(m_saved->idAt(0)); // the first, so that its size chart shows
    updateActions();
    showPage(m_tabs->currentIndex());
    emit workspaceOpened(workspace);
}

void SegmentsArea::refresh()
{
    if (!m_workspace)
        return;
    loadChoices();
    if (m_saved)
        m_saved->reload();
    segmentChosen();
    requestCount();
    for (AnalysisPage &page : m_pages)
        page.stale = page.attached;
    showPage(m_tabs->currentIndex());
    emit dataRefreshed();
}

void SegmentsArea::loadChoices()
{
    auto choices = RuleChoices::load(*m_workspace);
    if (!choices) {
        reportError(choices.error().toString());
        return;
    }
    m_choices = *choices;
    m_builder->setChoices(m_choices);
}

bool SegmentsArea::focusSearch()
{
    if (!m_workspace)
        return false;
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

// ---- count and preview --------------------------------------------------------------------

void SegmentsArea::ruleChanged()
{
    requestCount();
    updateActions();
}

qint64 SegmentsArea::asOf() const
{
    if (m_followNow || !m_workspace)
        return QDateTime::currentSecsSinceEpoch();
    // The editor shows the workspace's local time.
    return QDateTime(m_asOfEdit->date(), m_asOfEdit->time(), m_workspace->timeZone())
        .toSecsSinceEpoch();
}

void SegmentsArea::showAsOf(qint64 epochSeconds)
{
    const QTimeZone zone = m_workspace ? m_workspace->timeZone() : QTimeZone::systemTimeZone();
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epochSeconds, zone);
    m_showingAsOf = true;
    m_asOfEdit->setDateTime(
        QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())));
    m_showingAsOf = false;
}

bool SegmentsArea::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_previewView) {
                openPreviewMember(m_previewView->currentIndex());
                return true;
            }
            if (watched == m_savedView) {
                loadSegment(currentSegment());
                return true;
            }
        }
    }
    return Area::eventFilter(watched, event);
}

void SegmentsArea::requestCount()
{
    if (!m_workspace)
        return;
    auto rule = m_builder->model()->rule();
    if (!rule) {
        m_counter->cancel();
        showCountError(rule.error().message);
        return;
    }
    m_counter->request(*rule, asOf());
}

bool SegmentsArea::hasCurrentCount() const
{
    return m_countCurrent && !m_counter->isPending();
}

void SegmentsArea::showPending()
{
    m_countCurrent = false;
    m_count->setText(tr("Counting…"));
    m_count->setEnabled(false); // greyed: what shows is not the answer yet
    m_previewView->setEnabled(false);
    updateActions();
}

void SegmentsArea::showCount(qint64 count)
{
    m_countCurrent = true;
    m_count->setEnabled(true);
    m_count->setText(count == 1 ? tr("1 member") : tr("%1 members").arg(QLocale().toString(count)));
    m_count->setToolTip(m_followNow ? tr("As of now")
                                    : tr("As of %1").arg(units::dateTime(asOf())));
    const std::vector<qint64> &refs = m_counter->refs();
    MemberFilter filter;
    filter.refs = QList<qint64>(refs.begin(), refs.end());
    m_preview->setFilter(filter);
    m_previewView->setEnabled(true);
    m_bottomTabs->setTabText(0, tr("Matching members (%1)").arg(QLocale().toString(count)));
    updateActions();
}

void SegmentsArea::showCountError(const QString &message)
{
    m_countCurrent = false;
    m_count->setEnabled(true);
    m_count->setText(tr("The rule is not complete"));
    m_count->setToolTip(message);
    m_previewView->setEnabled(false);
    updateActions();
}

void SegmentsArea::setAsOf(qint64 epochSeconds)
{
    m_followNow = false;
    m_nowButton->setChecked(false);
    m_nowTimer->stop();
    showAsOf(epochSeconds);
    requestCount();
}

void SegmentsArea::setAsOfNow()
{
    m_followNow = true;
    m_nowButton->setChecked(true);
    showAsOf(QDateTime::currentSecsSinceEpoch());
    m_nowTimer->start();
    requestCount();
}

void SegmentsArea::tickNow()
{
    if (m_followNow)
        showAsOf(QDateTime::currentSecsSinceEpoch());
}

void SegmentsArea::asOfEdited()
{
    if (m_showingAsOf)
        return;
    m_followNow = false;
    m_nowButton->setChecked(false);
    m_nowTimer->stop();
    requestCount();
}

void SegmentsArea::openPreviewMember(const QModelIndex &index)
{
    if (!m_preview || !index.isValid())
        return;
    const qint64 ref = m_preview->memberRef(index.row());
    if (ref > 0)
        emit showMembersRequested(
            {ref}, m_preview->data(index.siblingAtColumn(MemberTableModel::NameColumn)).toString());
}

void SegmentsArea::reportError(const QString &message)
{
    if (message.isEmpty())
        return;
    emit statusMessage(message);
    QMetaObject::invokeMethod(
        this, [this, message] { QMessageBox::warning(this, tr("Segments"), message); },
        Qt::QueuedConnection);
}

} // namespace siyu
