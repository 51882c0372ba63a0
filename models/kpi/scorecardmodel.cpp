// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/kpi/scorecardmodel.h"

#include "models/kpi/change.h"
#include "models/store/workspace.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace siyu::kpi {

namespace {

std::optional<KpiTarget> find(const std::vector<KpiTarget> &targets, Metric metric)
{
    const auto it = std::find_if(targets.begin(), targets.end(),
                                 [metric](const KpiTarget &t) { return t.metric == metric; });
    return it == targets.end() ? std::nullopt : std::optional<KpiTarget>(*it);
}

// Rates are shown and edited in percent; everything else in its own unit.
double toEditUnit(Metric metric, double value)
{
    return info(metric).unit == Unit::Ratio ? value * 100.0 : value;
}

double fromEditUnit(Metric metric, double value)
{
    return info(metric).unit == Unit::Ratio ? value / 100.0 : value;
}

// Sets or removes one KPI's target for one period, and back.
class SetTargetCommand : public QUndoCommand
{
public:
    SetTargetCommand(ScorecardModel *model, PeriodKind kind, const QDate &start, Metric metric,
                     std::optional<KpiTarget> before, std::optional<KpiTarget> after)
        : m_model(model), m_kind(kind), m_start(start), m_metric(metric),
          m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("siyu::kpi::ScorecardModel", "Set target of %1")
                    .arg(title(metric)));
    }

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const std::optional<KpiTarget> &target)
    {
        const Status status = m_model->applyTarget(m_kind, m_start, m_metric, target);
        if (!status)
            emit m_model->errorOccurred(status.error().toString());
    }

    ScorecardModel *m_model;
    PeriodKind m_kind;
    QDate m_start;
    Metric m_metric;
    std::optional<KpiTarget> m_before;
    std::optional<KpiTarget> m_after;
};

} // namespace

ScorecardModel::ScorecardModel(QObject *parent) : QAbstractTableModel(parent) {}

void ScorecardModel::setWorkspace(Workspace *workspace, QUndoStack *undoStack)
{
    m_workspace = workspace;
    m_undoStack = undoStack;
    clear();
}

void ScorecardModel::clear()
{
    beginResetModel();
    m_loaded = false;
    m_values = {};
    m_previous = {};
    m_own.clear();
    m_effective.clear();
    m_scorecard = {};
    endResetModel();
    emit scorecardChanged();
}

Status ScorecardModel::setValues(const KpiValues &values, const KpiValues &previous)
{
    beginResetModel();
    m_values = values;
    m_previous = previous;
    m_loaded = true;
    const Status status = reloadTargets();
    endResetModel();
    emit scorecardChanged();
    return status;
}

Status ScorecardModel::reloadTargets()
{
    m_own.clear();
    m_effective.clear();
    m_scorecard = {};
    if (!m_workspace || !m_loaded)
        return {};
    TargetRepository repository(*m_workspace);
    const PeriodKind kind = periodKindOf(m_values.period);
    auto own = repository.targets(kind, m_values.period.firstDay);
    auto effective = repository.effectiveTargets(kind, m_values.period.firstDay);
    if (!own)
        return own.error();
    if (!effective)
        return effective.error();
    m_own = *own;
    m_effective = *effective;
    m_scorecard = kpi::scorecard(m_effective, m_values);
    return {};
}

std::optional<KpiTarget> ScorecardModel::ownTarget(Metric metric) const
{
    return find(m_own, metric);
}

std::optional<KpiTarget> ScorecardModel::effectiveTarget(Metric metric) const
{
    return find(m_effective, metric);
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : int(metrics().size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardModel::displayData(Metric metric, int column) const
{
    const auto target = effectiveTarget(metric);
    switch (column) {
    case KpiColumn:
        return title(metric);
    case ActualColumn:
        return formatShown(metric, m_values.value(metric));
    case ChangeColumn:
        return m_previous.values.empty() ? QString()
                                         : changeText(metric, change(metric, m_values.value(metric),
                                                                     m_previous.value(metric)));
    case TargetColumn:
        return target ? format(metric, target->target) : QString();
    case WeightColumn:
        return target ? QLocale::c().toString(target->weight, 'g', 4) : QString();
    case ScoreColumn: {
        if (!target)
            return QString();
        const auto s = score(metric, m_values.value(metric), target->target);
        return s ? QLocale::c().toString(*s * 100.0, 'f', 0) + QLatin1Char('%')
                 : QStringLiteral("—");
    }
    }
    return {};
}

// Edited as text: the default line edit takes any size of number, unlike a spin box.
QVariant ScorecardModel::editData(Metric metric, int column) const
{
    const auto target = effectiveTarget(metric);
    if (column == TargetColumn)
        return target ? QLocale::c().toString(toEditUnit(metric, target->target), 'g', 12)
                      : QString();
    if (column == WeightColumn)
        return target ? QLocale::c().toString(target->weight, 'g', 12) : QString();
    return displayData(metric, column);
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Metric metric = metrics().at(size_t(index.row())).metric;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(metric, column);
    case Qt::EditRole:
        return editData(metric, column);
    case Qt::TextAlignmentRole:
        return column == KpiColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                   : int(Qt::AlignRight | Qt::AlignVCenter);
    case MetricRole:
        return int(metric);
    case InheritedRole:
        return effectiveTarget(metric).has_value() && !ownTarget(metric);
    case Qt::FontRole: {
        if ((column != TargetColumn && column != WeightColumn) || ownTarget(metric) ||
            !effectiveTarget(metric))
            return {};
        QFont font;
        font.setItalic(true);
        return font;
    }
    case ScoreRole: {
        const auto target = effectiveTarget(metric);
        const auto s =
            target ? score(metric, m_values.value(metric), target->target) : std::nullopt;
        return s ? QVariant(*s) : QVariant();
    }
    case DirectionRole:
        return change(metric, m_values.value(metric), m_previous.value(metric)).direction;
    case Qt::ForegroundRole:
        return foreground(metric, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(metric, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    }
    return {};
}

// Green or red for the score against the target and for a change that is an improvement or a
// setback; none for what is not defined.
QVariant ScorecardModel::foreground(Metric metric, int column) const
{
    if (column == ChangeColumn) {
        const int direction =
            change(metric, m_values.value(metric), m_previous.value(metric)).direction;
        if (m_previous.values.empty() || direction == 0)
            return {};
        return direction > 0 ? QColor(0x1a, 0x7f, 0x37) : QColor(0xcf, 0x22, 0x2e);
    }
    const auto target = effectiveTarget(metric);
    const auto s = target ? score(metric, m_values.value(metric), target->target) : std::nullopt;
    if (column != ScoreColumn || !s)
        return {};
    return *s >= 1.0   ? QColor(0x1a, 0x7f, 0x37)
           : *s >= 0.8 ? QColor(0xb2, 0x6b, 0x00)
                       : QColor(0xcf, 0x22, 0x2e);
}

// Why a cell reads "—", and how targets are entered.
QString ScorecardModel::toolTip(Metric metric, int column) const
{
    const auto actual = m_values.value(metric);
    const auto target = effectiveTarget(metric);
    switch (column) {
    case ActualColumn:
        return undefinedReason(metric, actual);
    case ChangeColumn:
        return m_previous.values.empty() ? QString()
                                         : change(metric, actual, m_previous.value(metric)).reason;
    case ScoreColumn:
        if (!target || score(metric, actual, target->target))
            return QString();
        if (!shownValue(metric, actual))
            return tr("No score: %1").arg(undefinedReason(metric, actual));
        return tr("No score: the target is not above 0.");
    case TargetColumn:
        if (!ownTarget(metric) && target)
            return tr("Carried over from an earlier period; edit to set it for this one.");
        if (info(metric).unit == Unit::Ratio)
            return tr("Enter rates in percent: 25 for 25%.");
        break;
    }
    return QString();
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KpiColumn:
        return tr("KPI");
    case ActualColumn:
        return tr("Actual");
    case ChangeColumn:
        return tr("Change");
    case TargetColumn:
        return tr("Target");
    case WeightColumn:
        return tr("Weight");
    case ScoreColumn:
        return tr("Score");
    }
    return {};
}

Qt::ItemFlags ScorecardModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || !m_workspace)
        return f;
    const Metric metric = metrics().at(size_t(index.row())).metric;
    if (index.column() == TargetColumn ||
        (index.column() == WeightColumn && effectiveTarget(metric)))
        f |= Qt::ItemIsEditable;
    return f;
}

std::optional<KpiTarget> ScorecardModel::editedTarget(Metric metric, int column,
                                                      const QVariant &value, bool *ok) const
{
    *ok = true;
    const QString text = value.toString().trimmed().remove(QLatin1Char('%'));
    std::optional<KpiTarget> target = effectiveTarget(metric);
    if (column == TargetColumn && text.isEmpty())
        return std::nullopt;
    const double number = QLocale::c().toDouble(QString(text).remove(QLatin1Char(',')), ok);
    if (!*ok || number < 0)
        return *ok = false, std::nullopt;
    if (!target)
        target = KpiTarget{metric, 0, 1};
    if (column == TargetColumn)
        target->target = fromEditUnit(metric, number);
    else
        target->weight = number;
    return target;
}

bool ScorecardModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Metric metric = metrics().at(size_t(index.row())).metric;
    bool ok = false;
    const auto after = editedTarget(metric, index.column(), value, &ok);
    if (!ok)
        return false;
    const auto before = ownTarget(metric);
    if (!before && !after)
        return false;
    auto *command = new SetTargetCommand(this, periodKindOf(m_values.period),
                                         m_values.period.firstDay, metric, before, after);
    if (m_undoStack) {
        m_undoStack->push(command);
    } else {
        command->redo();
        delete command;
    }
    return true;
}

Status ScorecardModel::applyTarget(PeriodKind kind, const QDate &start, Metric metric,
                                   const std::optional<KpiTarget> &target)
{
    if (!m_workspace)
        return makeError(tr("No workspace is open"));
    TargetRepository repository(*m_workspace);
    const Status status = target ? repository.setTarget(kind, start, *target)
                                 : repository.removeTarget(kind, start, metric);
    if (!status)
        return status;
    if (!m_loaded || periodKindOf(m_values.period) != kind || m_values.period.firstDay != start)
        return {};
    const Status reloaded = reloadTargets();
    emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit scorecardChanged();
    emit targetsEdited();
    return reloaded;
}

} // namespace siyu::kpi
