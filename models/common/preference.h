// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace siyu {

// A per-user application preference: its key and default are declared once, next to the code
// that uses it (`inline const Preference<QString> language{"ui/language", {}};`).
template<typename T> class Preference
{
public:
    Preference(const char *key, T defaultValue) : m_key(QLatin1String(key)), m_default(defaultValue)
    {}

    T get() const
    {
        return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

} // namespace siyu
