#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Byline::Core {

// One kept version of an article, from whichever history holds it.
struct Revision
{
    // Why it was kept. Stored as a number: values are never renumbered.
    enum class Reason : quint8 {
        Save = 0, // a save the user made
        Autosave = 1, // an autosave, at most one every few minutes of editing
        Named = 2, // Save Revision…: named by the user, kept forever
        Restore = 3, // the text a restore replaced
        Commit = 4, // a commit of a shared library
    };
    enum class Source : quint8 {
        Local, // Byline's own store on this computer
        Git, // the library's repository
    };

    QString id; // unique within its source; what `byline restore --revision` takes
    QDateTime time; // UTC
    QString author;
    int words = 0;
    QString name; // empty unless named
    QString message; // a commit's summary line; empty for Byline's own revisions
    Reason reason = Reason::Save;
    Source source = Source::Local;

    [[nodiscard]] bool isNamed() const { return !name.isEmpty(); }
    // "save", "autosave", "named", "restore", "commit": for scripts (JSON) and logs.
    [[nodiscard]] static QString reasonName(Reason reason);
    [[nodiscard]] static QString sourceName(Source source);
};

// Where an article's past versions come from: Byline's local store now, the commits of a shared
// library's repository later. ArticleHistory asks each source and merges what they give.
class HistorySource
{
public:
    virtual ~HistorySource() = default;

    // The revisions of the article at `filePath`, newest first; none when it has no history here.
    [[nodiscard]] virtual QList<Revision> revisions(const QString &filePath) const = 0;
    // The full text of one of them; nothing, with `error` for the user, when it cannot be read.
    [[nodiscard]] virtual std::optional<QString> text(const QString &filePath, const QString &revisionId,
                                                      QString *error) const = 0;
    // Which revisions this source gives, as Revision::source says.
    [[nodiscard]] virtual Revision::Source kind() const = 0;
    // What the user calls it: "this computer", "the library's git history".
    [[nodiscard]] virtual QString name() const = 0;

protected:
    HistorySource() = default;
    HistorySource(const HistorySource &) = default;
    HistorySource &operator=(const HistorySource &) = default;
};

} // namespace Byline::Core
