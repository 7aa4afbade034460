// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace sb::ui {

/// One typed entry of the user's settings (organization and application
/// "SalesBench"), declared next to the code that uses it.
template<typename T>
class SettingValue final
{
public:
    explicit SettingValue(QString key, T fallback = T{})
        : m_key(std::move(key)), m_fallback(std::move(fallback))
    {
    }

    T get() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_fallback;
    }

    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void remove() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }

private:
    QString m_key;
    T m_fallback;
};

} // namespace sb::ui
