#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace Byline::Core {

// What a sync, share or clone did: what was sent and received, which articles were merged by
// words and which now hold the other writer's wording as suggestions, and what went wrong.
struct SyncReport
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::SyncReport)

public:
    QStringList sent; // articles in the commits sent, relative to the library
    int commitsSent = 0;
    QStringList received; // articles others changed that came in
    QStringList from; // who made what came in, newest first
    QStringList merged; // articles both sides changed, merged by words
    QStringList suggestions; // articles where changes of the same words became suggestions
    QStringList notes; // deletes against edits, renames, front matter choices; translated
    QStringList changedOnDisk; // absolute paths the sync wrote, added or removed
    QString commitMessage; // of the commit made of the changes here, if one was made
    bool offline = false; // the remote could not be reached: the changes wait here
    bool cancelled = false;
    QString error; // translated; set when the sync failed (nothing was lost)

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    // The command line's exit code: 0 done, 1 done with changes turned into suggestions, 2 failed.
    [[nodiscard]] int exitCode() const;
    [[nodiscard]] QJsonObject toJson() const;
    // One line for a status bar or a terminal: "Sent 2 articles · received 3 · 1 now has suggestions".
    [[nodiscard]] QString summary() const;
};

} // namespace Byline::Core
