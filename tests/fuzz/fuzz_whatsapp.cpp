// SPDX-License-Identifier: GPL-3.0-or-later
// WhatsApp's chat export (.txt), read through the whatsapp-txt preset to the last row.
#include "fuzzsupport.h"

#include "models/import/chatrowsource.h"
#include "models/import/presetcatalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace siyu;
    static const ImportPreset *preset = [] {
        for (const ImportPreset &p : PresetCatalog::builtIns()) {
            if (p.name == QLatin1String("whatsapp-txt"))
                return &p;
        }
        std::abort();
    }();
    const QString path =
        fuzz::writeInput(fuzz::bytesOf(data, size), QStringLiteral("WhatsApp Chat with Fuzz.txt"));
    auto source = WhatsAppRowSource::open(path, 0, *preset, ReadOptions{});
    if (!source)
        return 0;
    SourceRow row;
    int rows = 0;
    while ((*source)->next(row) && ++rows < 100000) {
        for (const QByteArrayView value : row.values)
            fuzz::require(!value.contains('\0') || !row.sourceError.isEmpty());
        row.clear();
    }
    return 0;
}
