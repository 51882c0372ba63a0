// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/import/importpreset.h"

#include <QList>

namespace siyu {

class Workspace;

// The presets an import can use: the built-in ones (the canonical files and the platform
// exports) and those saved in a workspace (table `import_presets`).
class PresetCatalog
{
public:
    static const QList<ImportPreset> &builtIns();
    // Built-ins plus the workspace's own presets; `ws` may be null.
    static Result<PresetCatalog> load(Workspace *ws);

    const QList<ImportPreset> &all() const { return m_presets; }
    const ImportPreset *find(QStringView name) const;
    // The preset whose columns a header row fits best, nullptr when none fits.
    const ImportPreset *recognise(const QStringList &header) const;
    // How well a header row fits a preset: the number of its columns found, or -1 when a
    // required column is missing.
    static int score(const ImportPreset &preset, const QStringList &header);

    // Saves (or replaces) a user preset; built-in names are refused.
    static Status save(Workspace &ws, const ImportPreset &preset);
    static Status remove(Workspace &ws, const QString &name);

private:
    static QList<ImportPreset> buildBuiltIns();
    QList<ImportPreset> m_presets;
};

} // namespace siyu
