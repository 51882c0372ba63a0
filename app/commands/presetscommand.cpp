// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"
#include "models/import/presetcatalog.h"
#include "models/store/workspace.h"

#include <QFile>

namespace siyu::cli {

namespace {

void listPresets(const PresetCatalog &catalog)
{
    QString text;
    for (const ImportPreset &preset : catalog.all()) {
        text += preset.name.leftJustified(20) + preset.title +
                (preset.builtIn ? QString() : QStringLiteral(" (saved in the workspace)")) +
                QLatin1Char('\n');
        text += QStringLiteral("    columns: ") +
                preset.expectedColumns().join(QLatin1String(", ")) + QLatin1Char('\n');
    }
    text += QStringLiteral("\n* required column");
    CommandLine::printLine(text);
}

int savePreset(Workspace &ws, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CommandLine::failure(
            Error{QStringLiteral("cannot be read: %1").arg(file.errorString()), path, 0, {}});
    auto preset = ImportPreset::fromJson(file.readAll());
    if (!preset)
        return CommandLine::failure(Error{preset.error().message, path, 0, {}});
    if (const Status status = PresetCatalog::save(ws, *preset); !status)
        return CommandLine::failure(status.error());
    CommandLine::printLine(QStringLiteral("saved preset %1").arg(preset->name));
    return Done;
}

} // namespace

int runPresets(const QStringList &arguments)
{
    CommandLine cli(QStringLiteral("presets"),
                    QStringLiteral("Lists the import presets with the columns each expects: the "
                                   "built-in ones and, with --workspace, those saved in it."));
    QCommandLineParser &parser = cli.parser();
    parser.addOptions({
        {QStringLiteral("show"), QStringLiteral("Print one preset as JSON."),
         QStringLiteral("NAME")},
        {QStringLiteral("save"), QStringLiteral("Save the preset in a JSON file to the workspace."),
         QStringLiteral("FILE")},
        {QStringLiteral("remove"), QStringLiteral("Remove a saved preset from the workspace."),
         QStringLiteral("NAME")},
    });
    int exitCode = Done;
    if (!cli.parse(arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const bool changes =
        parser.isSet(QStringLiteral("save")) || parser.isSet(QStringLiteral("remove"));
    if (changes && cli.workspacePath().isEmpty())
        return cli.usageError(QStringLiteral("--save and --remove need --workspace FILE"));
    std::unique_ptr<Workspace> ws;
    if (!cli.workspacePath().isEmpty()) {
        auto opened = cli.openWorkspace(changes ? Workspace::OpenMode::CreateIfMissing
                                                : Workspace::OpenMode::ReadOnly);
        if (!opened)
            return CommandLine::failure(opened.error());
        ws = std::move(*opened);
    }
    if (parser.isSet(QStringLiteral("save")))
        return savePreset(*ws, parser.value(QStringLiteral("save")));
    if (parser.isSet(QStringLiteral("remove"))) {
        if (const Status status =
                PresetCatalog::remove(*ws, parser.value(QStringLiteral("remove")));
            !status)
            return CommandLine::failure(status.error());
        return Done;
    }
    auto catalog = PresetCatalog::load(ws.get());
    if (!catalog)
        return CommandLine::failure(catalog.error());
    if (parser.isSet(QStringLiteral("show"))) {
        const ImportPreset *preset = catalog->find(parser.value(QStringLiteral("show")));
        if (!preset)
            return cli.usageError(QStringLiteral("there is no preset '%1'")
                                      .arg(parser.value(QStringLiteral("show"))));
        CommandLine::printLine(QString::fromUtf8(preset->toJson()).trimmed());
        return Done;
    }
    listPresets(*catalog);
    return Done;
}

} // namespace siyu::cli
