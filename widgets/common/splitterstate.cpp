// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/splitterstate.h"

#include <QSettings>
#include <QSplitter>

namespace siyu {

void rememberSplitter(QSplitter *splitter, const QString &key)
{
    const QString settingsKey = QStringLiteral("splitters/") + key;
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    if (!saved.isEmpty())
        splitter->restoreState(saved);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter, [splitter, settingsKey] {
        QSettings().setValue(settingsKey, splitter->saveState());
    });
}

} // namespace siyu
