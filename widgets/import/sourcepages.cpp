// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's first pages: the files, how they are read, and how their columns map.
#include "models/import/importmappingmodel.h"
#include "models/import/importpreviewmodel.h"
#include "widgets/import/choicedelegate.h"
#include "widgets/import/importpages.h"
#include "widgets/import/importwizard.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace siyu {

QStringList ImportWizard::droppedFiles(const QMimeData *mime)
{
    QStringList files;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    return files;
}

namespace {

QTableView *newTable()
{
    auto *table = new QTableView;
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

// --- FilePage -------------------------------------------------------------------------------

FilePage::FilePage() : m_list(new QListWidget), m_dropZone(new QLabel)
{
    setTitle(tr("Choose the files to import"));
    setSubTitle(tr("Drop exported files here, or choose them: CSV exports, Telegram JSON, "
                   "WhatsApp chats."));
    setAcceptDrops(true);
    auto *choose = new QPushButton(tr("Choose Files…"));
    choose->setObjectName(QStringLiteral("chooseFiles"));
    connect(choose, &QPushButton::clicked, this, &FilePage::chooseFiles);
    m_dropZone->setObjectName(QStringLiteral("dropZone"));
    m_dropZone->setAlignment(Qt::AlignCenter);
    m_dropZone->setWordWrap(true);
    m_dropZone->setStyleSheet(QStringLiteral("QLabel#dropZone { border: 2px dashed palette(mid); "
                                             "border-radius: 8px; color: palette(dark); "
                                             "font-size: 15pt; padding: 24px; }"));
    m_dropZone->setText(tr("Drop the exported files here"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_dropZone, 1);
    layout->addWidget(m_list, 1);
}

ImportWizard *FilePage::importWizard() const
{
    return static_cast<ImportWizard *>(wizard());
}

void FilePage::initializePage()
{
    showFiles();
}

bool FilePage::isComplete() const
{
    return importWizard() && !importWizard()->files().isEmpty();
}

void FilePage::chooseFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import files"), QString(),
                                      tr("Exports (*.csv *.txt *.json *.tsv);;All files (*)"));
    if (files.isEmpty())
        return;
    importWizard()->setFiles(files);
    showFiles();
}

void FilePage::showFiles()
{
    m_list->clear();
    const QStringList files = importWizard()->files();
    const QLocale locale;
    for (const QString &file : files) {
        const QFileInfo info(file);
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), locale.formattedDataSize(info.size())));
        item->setToolTip(file);
        m_list->addItem(item);
    }
    m_list->setVisible(!files.isEmpty());
    m_dropZone->setVisible(files.isEmpty());
    emit completeChanged();
}

void FilePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ImportWizard::droppedFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void FilePage::dropEvent(QDropEvent *event)
{
    const QStringList files = ImportWizard::droppedFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    importWizard()->setFiles(files);
    showFiles();
}

// --- SourcePage -----------------------------------------------------------------------------

SourcePage::SourcePage()
    : m_file(new QLabel), m_preset(new QComboBox), m_recognised(new QLabel),
      m_encoding(new QComboBox), m_encodingNote(new QLabel), m_delimiter(new QComboBox),
      m_headerRow(new QLabel), m_table(newTable()), m_error(new QLabel)
{
    setTitle(tr("How Siyu reads the file"));
    setSubTitle(tr("Check the preset, the encoding and the delimiter against the first rows of "
                   "the file. Each column's header shows the Siyu field it goes to."));
    m_preset->setObjectName(QStringLiteral("preset"));
    m_recognised->setObjectName(QStringLiteral("recognised"));
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recognised->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    for (const TextEncoding encoding :
         {TextEncoding::Utf8, TextEncoding::Gb18030, TextEncoding::Utf16LE, TextEncoding::Utf16BE})
        m_encoding->addItem(encodingName(encoding), int(encoding));
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar ( | )"), int('|'));
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset);
    presetRow->addWidget(m_recognised, 1);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_encoding);
    readRow->addWidget(m_encodingNote);
    readRow->addSpacing(24);
    readRow->addWidget(new QLabel(tr("Delimiter:")));
    readRow->addWidget(m_delimiter);
    readRow->addSpacing(24);
    readRow->addWidget(m_headerRow);
    readRow->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_file);
    form->addRow(tr("Preset:"), presetRow);
    form->addRow(tr("Encoding:"), readRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            importWizard()->setPresetName(m_preset->currentData().toString());
    });
    connect(m_encoding, &QComboBox::activated, this, &SourcePage::readOptionsChosen);
    connect(m_delimiter, &QComboBox::activated, this, &SourcePage::readOptionsChosen);
}

ImportWizard *SourcePage::importWizard() const
{
    return static_cast<ImportWizard *>(wizard());
}

void SourcePage::initializePage()
{
    ImportWizard *w = importWizard();
    m_table->setModel(w->previewModel());
    if (!std::exchange(m_connected, true)) {
        connect(w, &ImportWizard::previewChanged, this, &SourcePage::showPreview);
        connect(w, &ImportWizard::presetChanged, this, &SourcePage::showPreset);
        connect(w, &ImportWizard::catalogChanged, this, &SourcePage::fillPresets);
    }
    fillPresets();
    showPreview();
}

void SourcePage::fillPresets()
{
    m_filling = true;
    m_preset->clear();
    m_preset->addItem(tr("Choose a preset…"), QString());
    for (const ImportPreset &preset : importWizard()->catalog().all()) {
        const QString label = preset.builtIn ? preset.title : tr("%1 (yours)").arg(preset.title);
        m_preset->addItem(label, preset.name);
    }
    m_filling = false;
    showPreset();
}

void SourcePage::showPreview()
{
    const ImportWizard *w = importWizard();
    const QStringList files = w->files();
    m_file->setText(files.size() > 1 ? tr("%1 and %2 more, read with the same preset")
                                           .arg(QFileInfo(files.first()).fileName())
                                           .arg(files.size() - 1)
                                     : QFileInfo(files.value(0)).fileName());
    m_error->setText(w->previewError());
    m_error->setVisible(!w->previewError().isEmpty());
    const auto &preview = w->preview();
    // Left enabled when the preview failed: another encoding or delimiter may be the answer.
    m_encoding->setEnabled(!files.isEmpty());
    m_delimiter->setEnabled(!files.isEmpty());
    if (preview) {
        m_encoding->setCurrentIndex(m_encoding->findData(int(preview->encoding)));
        m_encodingNote->setText(w->readOptions().encoding ? tr("(chosen by you)")
                                                          : tr("(detected)"));
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(preview->delimiter)));
        m_headerRow->setText(tr("Header on row %1").arg(preview->headerRow));
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_table->model()->columnCount(); ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), 260));
    showPreset();
    emit completeChanged();
}

void SourcePage::showPreset()
{
    const ImportWizard *w = importWizard();
    m_filling = true;
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(w->presetName())));
    m_filling = false;
    const auto &preview = w->preview();
    const QString recognised = preview ? preview->recognisedPreset : QString();
    const ImportPreset *chosen = w->catalog().find(w->presetName());
    if (recognised.isEmpty() && chosen && chosen->format != SourceFormat::Csv)
        m_recognised->setText(tr("Chosen from the kind of file."));
    else if (recognised.isEmpty())
        m_recognised->setText(tr("No preset recognised these headers: choose one, then map the "
                                 "columns on the next page."));
    else if (recognised == w->presetName())
        m_recognised->setText(tr("✓ Recognised from the headers."));
    else if (const ImportPreset *preset = w->catalog().find(recognised))
        m_recognised->setText(tr("The headers look like %1.").arg(preset->title));
    m_table->resizeColumnsToContents();
    emit completeChanged();
}

void SourcePage::readOptionsChosen()
{
    ReadOptions options = importWizard()->readOptions();
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.delimiter = char(m_delimiter->currentData().toInt());
    importWizard()->setReadOptions(options);
}

bool SourcePage::isComplete() const
{
    const ImportWizard *w = importWizard();
    return w && w->preview() && w->catalog().find(w->presetName());
}

// --- MappingPage ----------------------------------------------------------------------------

MappingPage::MappingPage()
    : m_state(new QLabel), m_table(newTable()), m_save(new QPushButton(tr("Save as Preset…"))),
      m_reset(new QPushButton(tr("Reset to Preset")))
{
    setTitle(tr("Map the columns"));
    setSubTitle(tr("Choose the Siyu field each column goes to, and how its text is read. "
                   "Columns that are not imported are greyed."));
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->verticalHeader()->hide();
    m_save->setObjectName(QStringLiteral("savePreset"));
    m_state->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *delegate = new ChoiceDelegate(ImportMappingModel::ChoiceLabelsRole,
                                        ImportMappingModel::ChoiceValuesRole, this);
    m_table->setItemDelegateForColumn(ImportMappingModel::FieldColumn, delegate);
    m_table->setItemDelegateForColumn(ImportMappingModel::TransformColumn, delegate);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &MappingPage::saveAsPreset);
    connect(m_reset, &QPushButton::clicked, this,
            [this] { importWizard()->setPresetName(importWizard()->presetName()); });
}

ImportWizard *MappingPage::importWizard() const
{
    return static_cast<ImportWizard *>(wizard());
}

void MappingPage::initializePage()
{
    ImportMappingModel *model = importWizard()->mappingModel();
    if (m_table->model() != model) {
        m_table->setModel(model);
        connect(model, &ImportMappingModel::mappingChanged, this, &MappingPage::showState);
        connect(model, &QAbstractItemModel::modelReset, this, &MappingPage::showState);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(ImportMappingModel::FieldColumn,
                            qMax(m_table->columnWidth(ImportMappingModel::FieldColumn), 200));
    m_table->setColumnWidth(ImportMappingModel::TransformColumn,
                            qMax(m_table->columnWidth(ImportMappingModel::TransformColumn), 260));
    showState();
}

void MappingPage::showState()
{
    const ImportMappingModel *model = importWizard()->mappingModel();
    const bool csv = model->preset().format == SourceFormat::Csv;
    m_save->setEnabled(csv && importWizard()->workspace());
    m_reset->setEnabled(model->isModified());
    if (!csv)
        m_state->setText(tr("This kind of export is not a table: its preset reads it as a "
                            "whole, and its mapping cannot be changed."));
    else if (model->isModified())
        m_state->setText(tr("Edited: the import uses this mapping. Save it as a preset to use it "
                            "again."));
    else
        m_state->setText(tr("The mapping of the preset “%1”.").arg(model->preset().title));
}

void MappingPage::saveAsPreset()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save as Preset"),
                              tr("Name of the preset (it is kept in this workspace):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (const Status status = importWizard()->savePreset(name); !status)
        QMessageBox::warning(this, tr("Save as Preset"), status.error().toString());
}

} // namespace siyu
