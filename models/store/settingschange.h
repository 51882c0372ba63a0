// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/common/error.h"
#include "models/store/settings.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace siyu {

class Workspace;

// Several workspace settings written together, as the settings dialog does: all of them or
// none (one transaction), and the change recorded in the audit log as the keys with their old
// and new values (settings hold no personal data).
class SettingsChange
{
public:
    template<typename T> void set(const WorkspaceSetting<T> &setting, const T &value)
    {
        m_values.push_back({setting.key(), QVariant::fromValue(value),
                            QVariant::fromValue(setting.defaultValue())});
    }

    // The keys whose value in `ws` differs from the one set here.
    QStringList changedKeys(const Workspace &ws) const;
    // Writes the settings that differ, and one audit line for them; nothing when none differs.
    Status apply(Workspace &ws) const;

    static inline const QString auditAction = QStringLiteral("settings");

private:
    struct Entry
    {
        QString key;
        QVariant value;
        QVariant defaultValue; // what the workspace has while the setting is not stored
    };
    std::vector<Entry> m_values;
};

} // namespace siyu
