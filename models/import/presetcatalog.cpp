// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/import/presetcatalog.h"

#include "models/store/sql.h"
#include "models/store/transaction.h"
#include "models/store/workspace.h"

#include <QCoreApplication>
#include <QSet>

namespace siyu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("siyu::PresetCatalog", text);
}

QString normalHeader(const QString &header)
{
    return header.trimmed().toLower();
}

} // namespace

const QList<ImportPreset> &PresetCatalog::builtIns()
{
    static const QList<ImportPreset> presets = buildBuiltIns();
    return presets;
}

Result<PresetCatalog> PresetCatalog::load(Workspace *ws)
{
    PresetCatalog catalog;
    catalog.m_presets = builtIns();
    if (!ws)
        return catalog;
    auto query = sql::run(
        ws->db(), QStringLiteral("SELECT name, definition FROM import_presets ORDER BY name"));
    if (!query)
        return query.error();
    while (query->next()) {
        auto preset = ImportPreset::fromJson(query->value(1).toString().toUtf8());
        if (!preset)
            return makeError(tr("the saved preset %1 is damaged: %2")
                                 .arg(query->value(0).toString(), preset.error().message));
        preset->builtIn = false;
        catalog.m_presets << *preset;
    }
    return catalog;
}

const ImportPreset *PresetCatalog::find(QStringView name) const
{
    for (const ImportPreset &preset : m_presets) {
        if (preset.name == name)
            return &preset;
    }
    return nullptr;
}

namespace {

// How many of the preset's columns a header has, and how many of them under their first (the
// preset's own) name.
std::pair<int, int> matches(const ImportPreset &preset, const QSet<QString> &names, bool *missing)
{
    int found = 0, primary = 0;
    *missing = false;
    for (const PresetColumn &column : preset.columns) {
        const QStringList sources = column.sourceColumns();
        bool present = false;
        for (const QString &source : sources)
            present = present || names.contains(normalHeader(source));
        if (present) {
            ++found;
            primary += names.contains(normalHeader(sources.value(0))) ? 1 : 0;
        } else if (column.required) {
            *missing = true;
        }
    }
    return {found, primary};
}

QSet<QString> headerNames(const QStringList &header)
{
    QSet<QString> names;
    for (const QString &h : header)
        names.insert(normalHeader(h));
    return names;
}

} // namespace

int PresetCatalog::score(const ImportPreset &preset, const QStringList &header)
{
    if (preset.format != SourceFormat::Csv)
        return -1;
    bool missing = false;
    const auto [found, primary] = matches(preset, headerNames(header), &missing);
    Q_UNUSED(primary);
    return missing ? -1 : found;
}

const ImportPreset *PresetCatalog::recognise(const QStringList &header) const
{
    const QSet<QString> names = headerNames(header);
    const ImportPreset *best = nullptr;
    double bestFit = 0;
    for (const ImportPreset &preset : m_presets) {
        if (preset.format != SourceFormat::Csv || preset.columns.isEmpty())
            continue;
        bool missing = false;
        const auto [found, primary] = matches(preset, names, &missing);
        if (missing || found == 0)
            continue;
        // Columns found count most; then those under the preset's own names; then the share of
        // the preset's columns present (a small preset whose columns all appear wins a tie).
        const double fit = 2.0 * found + primary + double(found) / double(preset.columns.size());
        if (fit > bestFit) {
            best = &preset;
            bestFit = fit;
        }
    }
    return best;
}

Status PresetCatalog::save(Workspace &ws, const ImportPreset &preset)
{
    if (const Status status = preset.check(); !status)
        return status;
    for (const ImportPreset &builtIn : builtIns()) {
        if (builtIn.name == preset.name)
            return makeError(
                tr("%1 is a built-in preset; save yours under another name").arg(preset.name));
    }
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    if (const Status status = sql::exec(
            ws.db(),
            QStringLiteral("INSERT INTO import_presets (name, definition) VALUES (?, ?) "
                           "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition"),
            {preset.name, QString::fromUtf8(preset.toJson())});
        !status)
        return status;
    return transaction.commit();
}

Status PresetCatalog::remove(Workspace &ws, const QString &name)
{
    Transaction transaction(ws);
    if (!transaction.isActive())
        return transaction.error();
    auto query =
        sql::run(ws.db(), QStringLiteral("DELETE FROM import_presets WHERE name = ?"), {name});
    if (!query)
        return query.error();
    if (query->numRowsAffected() == 0)
        return makeError(tr("there is no saved preset %1").arg(name));
    return transaction.commit();
}

} // namespace siyu
