// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/language.h"

#include "models/common/units.h"
#include "widgets/common/preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>
#include <vector>

namespace siyu::language {

QString effective()
{
    const QString chosen = prefs::language.get();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN")
                                                            : QStringLiteral("en");
}

void install(const QString &code, const QString &qmDirectory)
{
    static std::vector<std::unique_ptr<QTranslator>> installed;
    for (const auto &translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();
    QLocale::setDefault(QLocale(code));
    // Dates and amounts follow the language too: one format per language everywhere.
    units::Display display = units::Display::current();
    display.locale = QLocale(code);
    units::Display::setCurrent(display);
    if (code.startsWith(QLatin1String("en")))
        return;
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/siyu_%1.qm").arg(code)) ||
        (!qmDirectory.isEmpty() && own->load(QStringLiteral("siyu_%1").arg(code), qmDirectory))) {
        QCoreApplication::installTranslator(own.get());
        installed.push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed.push_back(std::move(qt));
    }
}

} // namespace siyu::language
