#include "settings.h"

#include <spell/spellservice.h>

#include <QFileInfo>
#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace Byline::WidgetUi {

namespace {

constexpr int maximumRecentFiles = 10;

QFont defaultEditorFont()
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(12);
    return font;
}

} // namespace

QString Settings::accountName()
{
    const passwd *account = ::getpwuid(::getuid());
    if (!account)
        return {};
    // The "GECOS" field: the full name, then office and telephone after commas.
    const QString full
        = QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : "").section(QLatin1Char(','), 0, 0);
    return full.trimmed();
}

Settings Settings::load()
{
    const QSettings store;
    Settings s;
    s.authorName = store.value(QStringLiteral("articles/author")).toString();
    s.email = store.value(QStringLiteral("sharing/email")).toString();
    const QString sync = store.value(QStringLiteral("sharing/autoSync")).toString();
    s.syncMode = sync == QLatin1String("every") ? SyncMode::Every
        : sync == QLatin1String("save")         ? SyncMode::AfterSave
                                                : SyncMode::Off;
    s.syncMinutes = std::clamp(store.value(QStringLiteral("sharing/syncMinutes"), s.syncMinutes).toInt(), 1, 1440);
    s.editorFont = defaultEditorFont();
    if (const QString font = store.value(QStringLiteral("editor/font")).toString(); !font.isEmpty())
        s.editorFont.fromString(font);
    s.columnWidth = std::clamp(store.value(QStringLiteral("editor/columnWidth"), s.columnWidth).toInt(), 0, 400);
    s.lineSpacing = std::clamp(store.value(QStringLiteral("editor/lineSpacing"), s.lineSpacing).toInt(), 100, 300);
    s.focusMode = store.value(QStringLiteral("editor/focusMode"), false).toBool();
    s.typewriterScrolling = store.value(QStringLiteral("editor/typewriter"), false).toBool();
    const QString theme = store.value(QStringLiteral("appearance/theme")).toString();
    s.theme = theme == QLatin1String("light") ? Theme::Light
        : theme == QLatin1String("dark")      ? Theme::Dark
                                              : Theme::System;
    s.autosaveSeconds
        = std::clamp(store.value(QStringLiteral("files/autosaveSeconds"), s.autosaveSeconds).toInt(), 0, 3600);
    s.previewLayout = store.value(QStringLiteral("view/preview")).toString() == QLatin1String("hidden")
        ? PreviewLayout::Hidden
        : PreviewLayout::Beside;
    s.wordsPerMinute
        = std::clamp(store.value(QStringLiteral("stats/wordsPerMinute"), s.wordsPerMinute).toInt(), 50, 1000);
    s.checkSpelling = store.value(QStringLiteral("spelling/enabled"), true).toBool();
    s.spellingLanguage = store.value(QLatin1String(Core::SpellService::languageKey)).toString();
    s.skipAllCaps = store.value(QLatin1String(Core::SpellService::skipAllCapsKey), true).toBool();
    return s;
}

void Settings::save() const
{
    QSettings store;
    store.setValue(QStringLiteral("articles/author"), authorName);
    store.setValue(QStringLiteral("sharing/email"), email);
    store.setValue(QStringLiteral("sharing/autoSync"),
                   syncMode == SyncMode::Every           ? QStringLiteral("every")
                       : syncMode == SyncMode::AfterSave ? QStringLiteral("save")
                                                         : QStringLiteral("off"));
    store.setValue(QStringLiteral("sharing/syncMinutes"), syncMinutes);
    store.setValue(QStringLiteral("editor/font"), editorFont.toString());
    store.setValue(QStringLiteral("editor/columnWidth"), columnWidth);
    store.setValue(QStringLiteral("editor/lineSpacing"), lineSpacing);
    store.setValue(QStringLiteral("editor/focusMode"), focusMode);
    store.setValue(QStringLiteral("editor/typewriter"), typewriterScrolling);
    store.setValue(QStringLiteral("appearance/theme"),
                   theme == Theme::Light      ? QStringLiteral("light")
                       : theme == Theme::Dark ? QStringLiteral("dark")
                                              : QStringLiteral("system"));
    store.setValue(QStringLiteral("files/autosaveSeconds"), autosaveSeconds);
    store.setValue(QStringLiteral("view/preview"),
                   previewLayout == PreviewLayout::Hidden ? QStringLiteral("hidden") : QStringLiteral("beside"));
    store.setValue(QStringLiteral("stats/wordsPerMinute"), wordsPerMinute);
    store.setValue(QStringLiteral("spelling/enabled"), checkSpelling);
    if (spellingLanguage.isEmpty())
        store.remove(QLatin1String(Core::SpellService::languageKey));
    else
        store.setValue(QLatin1String(Core::SpellService::languageKey), spellingLanguage);
    store.setValue(QLatin1String(Core::SpellService::skipAllCapsKey), skipAllCaps);
}

QStringList Settings::recentFiles()
{
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > maximumRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(QStringLiteral("files/recent"), files);
}

int Settings::cursorPosition(const QString &path)
{
    const QVariantMap positions = QSettings().value(QStringLiteral("files/cursors")).toMap();
    return positions.value(QFileInfo(path).absoluteFilePath(), 0).toInt();
}

void Settings::setCursorPosition(const QString &path, int position)
{
    QSettings store;
    QVariantMap positions = store.value(QStringLiteral("files/cursors")).toMap();
    positions.insert(QFileInfo(path).absoluteFilePath(), position);
    // Only the files still in the recent list keep a position.
    const QStringList recent = recentFiles();
    for (auto it = positions.begin(); it != positions.end();)
        it = recent.contains(it.key()) || it.key() == QFileInfo(path).absoluteFilePath() ? std::next(it)
                                                                                         : positions.erase(it);
    store.setValue(QStringLiteral("files/cursors"), positions);
}

} // namespace Byline::WidgetUi
