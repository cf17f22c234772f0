// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fd {

// One setting: its key, type and default, declared once (after Tiled's Preference<T>).
template<typename T>
class Preference
{
public:
    Preference(const char *key, T defaultValue) : m_key(QLatin1String(key)), m_default(std::move(defaultValue)) {}

    T get() const
    {
        QSettings s;
        const QVariant v = s.value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T &value) const
    {
        QSettings s;
        s.setValue(m_key, QVariant::fromValue(value));
    }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace settings {

inline const Preference<QString> language("ui/language", QString());        // "", "de", "en"
inline const Preference<QStringList> recentFiles("files/recent", {});
inline const Preference<QString> lastDatabase("files/lastDatabase", QString());
inline const Preference<bool> demoOffered("firstStart/demoOffered", false);
inline const Preference<QByteArray> windowGeometry("window/geometry", {});
inline const Preference<QByteArray> windowState("window/state", {});
inline const Preference<QString> lastPage("window/lastPage", QString());
inline const Preference<QString> lastRecordsTab("window/lastRecordsTab", QString()); // the kind last shown on the Records page
inline const Preference<QString> lastFolder("files/lastImportFolder", QString()); // where files were last read or written

constexpr int MaxRecentFiles = 8;
void addRecentFile(const QString &path);

} // namespace settings
} // namespace fd
