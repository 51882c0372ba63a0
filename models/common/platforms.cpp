// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/common/platforms.h"

#include <QCoreApplication>

#include <utility>

namespace siyu::platforms {

QString title(const QString &key)
{
    static const std::pair<const char *, const char *> titles[] = {
        {"wecom", QT_TRANSLATE_NOOP("siyu::platforms", "WeCom")},
        {"wechat", QT_TRANSLATE_NOOP("siyu::platforms", "WeChat")},
        {"wechat_group", QT_TRANSLATE_NOOP("siyu::platforms", "WeChat group")},
        {"slack", QT_TRANSLATE_NOOP("siyu::platforms", "Slack")},
        {"discord", QT_TRANSLATE_NOOP("siyu::platforms", "Discord")},
        {"telegram", QT_TRANSLATE_NOOP("siyu::platforms", "Telegram")},
        {"whatsapp", QT_TRANSLATE_NOOP("siyu::platforms", "WhatsApp")},
        {"shopify", QT_TRANSLATE_NOOP("siyu::platforms", "Shopify")},
        {"shop", QT_TRANSLATE_NOOP("siyu::platforms", "Shop")},
        {"offline_event", QT_TRANSLATE_NOOP("siyu::platforms", "Offline event")},
        {"referral", QT_TRANSLATE_NOOP("siyu::platforms", "Referral")},
        {"import", QT_TRANSLATE_NOOP("siyu::platforms", "Import")},
        {"manual", QT_TRANSLATE_NOOP("siyu::platforms", "Added by hand")},
    };
    const QString lower = key.trimmed().toLower();
    for (const auto &[stored, name] : titles) {
        if (lower == QLatin1String(stored))
            return QCoreApplication::translate("siyu::platforms", name);
    }
    return key;
}

} // namespace siyu::platforms
