#pragma once

#include "history.h"

#include <QCoreApplication>

namespace Byline::Core {

// An article's history from every source that has one (the local revision store; a shared
// library's git commits), merged newest first: what `byline history`, `byline restore`,
// `byline diff FILE@REV` and the window's history read.
//
// It holds the sources, not owns them: they outlive it.
class ArticleHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::ArticleHistory)

public:
    explicit ArticleHistory(QList<const HistorySource *> sources);

    // Every source's revisions of the article at `filePath`, newest first. Revisions of the same
    // time keep their sources' order.
    [[nodiscard]] QList<Revision> revisions(const QString &filePath) const;

    // The revision `spec` names, among revisions(filePath):
    //   -1, -2, …   the newest, the one before it, …
    //   an id       as listed (`byline history`): 42, or a commit's hash
    //   a name      a named revision, by its exact name (the newest of that name)
    // tried in that order. Nothing, with `error` for the user, when none matches or an id is in
    // two sources.
    [[nodiscard]] std::optional<Revision> find(const QString &filePath, const QString &spec, QString *error) const;

    // The text of `revision` (one of revisions(filePath)), from its source.
    [[nodiscard]] std::optional<QString> text(const QString &filePath, const Revision &revision, QString *error) const;

private:
    QList<const HistorySource *> m_sources;
};

} // namespace Byline::Core
