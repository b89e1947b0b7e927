#pragma once

#include "compareversion.h"
#include "comparison.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

#include <review/diffsuggestions.h>

class QAction;
class QWidget;

namespace Byline::WidgetUi {

class ArticleSession;
class CompareWindow;
class Notices;
class Prompts;
class SettingsStore;

// Comparing versions of an article. File ▸ Compare With… (Ctrl+Shift+D) compares a file with the
// open article's current text, File ▸ Compare Two Files… any two; either opens the compare window
// (CompareWindow). Review ▸ Compare as Suggestions… — or the window's button — turns the
// difference between the current text and another version into CriticMarkup suggestions in the
// current text, signed with a reviewer's name: an editor who edited a copy in another program
// sends it back, and the columnist walks his changes in the review panel (reviewWanted()).
//
// The shell and the revision store open comparisons through compareWithCurrent(), compare() and
// setVersions(); files are read on a worker, and one that cannot be read is said, changing
// nothing.
class CompareController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareController)

public:
    CompareController(ArticleSession &session, Notices &notices, Prompts &prompts, SettingsStore &settings,
                      QWidget *window);
    ~CompareController() override;

    // Compare With…, Compare Two Files…
    [[nodiscard]] QList<QAction *> fileActions() const { return {m_compareWith, m_compareFiles}; }
    // Review ▸ Compare as Suggestions…
    [[nodiscard]] QAction *suggestionsAction() const { return m_suggestFromFile; }

    // Opens the compare window on `other` (old, left) against the current text (new, right).
    void compareWithCurrent(const CompareSide &other);
    // Opens it on two versions, neither of them the current text.
    void compare(const CompareSide &before, const CompareSide &after);
    // The versions the window's Compare With offers (the revision store's saved versions).
    void setVersions(const QList<CompareVersion> &versions);

    void compareFileWithCurrent(const QString &path);
    void compareFiles(const QString &before, const QString &after);
    // The difference between the current text and `other` as suggestions, signed with a name asked
    // for; false when nothing was started (no name given, the text cannot be changed).
    bool suggest(const CompareSide &other);
    void suggestFromFile(const QString &path);

    // Null until a comparison was first opened.
    [[nodiscard]] CompareWindow *window() const { return m_window; }

Q_SIGNALS:
    // Suggestions were put into the text: the window shows the review panel.
    void reviewWanted();
    // Compare as Suggestions is done, with the number of suggestions made (0 when nothing changed).
    void suggestionsMade(qsizetype count);

private:
    struct Made
    {
        Core::DiffSuggestions::Result result;
        TextEdit edit; // the stretch of the current text that changes
    };
    CompareWindow &openWindow();
    void read(const QStringList &paths, std::function<void(const QList<VersionText> &)> then);
    [[nodiscard]] QString askFile(const QString &title) const;
    [[nodiscard]] QString defaultReviewer(const QString &otherText) const;
    void takeSuggestions();

    ArticleSession &m_session;
    Notices &m_notices;
    Prompts &m_prompts;
    SettingsStore &m_settings;
    QWidget *m_parent;
    QAction *m_compareWith;
    QAction *m_compareFiles;
    QAction *m_suggestFromFile;
    CompareWindow *m_window = nullptr; // a child of the main window, made when first needed
    QList<CompareVersion> m_versions;
    QFutureWatcher<QList<VersionText>> m_reading;
    std::function<void(const QList<VersionText> &)> m_thenRead;
    QFutureWatcher<Made> m_suggesting;
    // What the suggestions being made are of: the other version, who signs them, and the text
    // they were made from.
    struct Asked
    {
        QString label;
        QString reviewer;
        QString current;
    };
    Asked m_asked;
};

} // namespace Byline::WidgetUi
