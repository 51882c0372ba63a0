// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"

#include <QString>
#include <QVariant>

namespace siyu {

class Workspace;

namespace detail {
QVariant readSetting(const Workspace &ws, const QString &key);
Status writeSetting(Workspace &ws, const QString &key, const QVariant &value);
} // namespace detail

// A setting stored in the workspace (the `settings` table), so that it travels with the file.
// Declared once with its key and default: `inline const WorkspaceSetting<int> churnDays{...}`.
template<typename T> class WorkspaceSetting
{
public:
    WorkspaceSetting(const char *key, T defaultValue)
        : m_key(QLatin1String(key)), m_default(std::move(defaultValue))
    {}

    T get(const Workspace &ws) const
    {
        const QVariant v = detail::readSetting(ws, m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    Status set(Workspace &ws, const T &value) const
    {
        return detail::writeSetting(ws, m_key, QVariant::fromValue(value));
    }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

namespace settings {
// IANA id of the workspace's time zone; empty means the system zone.
inline const WorkspaceSetting<QString> timeZone{"time_zone", QString()};
// Days without an event or paid order after which a member enters the churn stage.
inline const WorkspaceSetting<int> churnDays{"churn_days", 60};
// How many times a member may be contacted in one week before plans warn.
inline const WorkspaceSetting<int> weeklyContactCap{"weekly_contact_cap", 3};
// How many items the content calendar plans for one group on one day before it warns.
inline const WorkspaceSetting<int> pushesPerGroupPerDay{"pushes_per_group_per_day", 3};
// Language of reports written from this workspace ("zh_CN" or "en"); empty follows the UI.
inline const WorkspaceSetting<QString> reportLanguage{"report_language", QString()};
// ISO 4217 code of the currency every amount is in (shown as its symbol: CNY as ¥).
inline const WorkspaceSetting<QString> currency{"currency", QStringLiteral("CNY")};
// The brand's name, heading the weekly report; empty falls back to the workspace's file name.
inline const WorkspaceSetting<QString> brandName{"brand_name", QString()};
// ISO 3166 region a phone number without a country code belongs to.
inline const WorkspaceSetting<QString> phoneRegion{"phone_region", QStringLiteral("CN")};
} // namespace settings

} // namespace siyu
