#pragma once

#include <QFont>
#include <QStringList>

namespace Byline::WidgetUi {

// What the user chose, kept in QSettings between runs.
struct Settings
{
    enum class Theme { System, Light, Dark };
    enum class PreviewLayout { Beside, Hidden };

    QString authorName; // the author of new articles
    QString email; // signs the commits of a shared library; empty: git's own user.email
    enum class SyncMode { Off, Every, AfterSave };
    SyncMode syncMode = SyncMode::Off; // automatic sync of a shared library
    int syncMinutes = 10; // with SyncMode::Every
    QFont editorFont;
    int columnWidth = 72; // characters, 0 = the whole width
    int lineSpacing = 130; // percent of the font's line height
    Theme theme = Theme::System;
    int autosaveSeconds = 30; // 0 = off
    PreviewLayout previewLayout = PreviewLayout::Beside;
    int wordsPerMinute = 230;
    bool focusMode = false;
    bool typewriterScrolling = false;
    bool checkSpelling = true;
    QString spellingLanguage; // for articles without `lang:`; empty: the system's language
    bool skipAllCaps = true; // acronyms such as NATO are not checked

    // The user's full name as the system knows it (the account's GECOS field); empty when none.
    [[nodiscard]] static QString accountName();
    // The name the user signs articles, suggestions and comments with: authorName, or else the
    // account's name.
    [[nodiscard]] QString yourName() const { return authorName.isEmpty() ? accountName() : authorName; }

    [[nodiscard]] static Settings load();
    void save() const;

    [[nodiscard]] static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    // Cursor positions of recently open files, so a file opens where the user left it.
    [[nodiscard]] static int cursorPosition(const QString &path);
    static void setCursorPosition(const QString &path, int position);
};

} // namespace Byline::WidgetUi
