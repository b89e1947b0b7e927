#include "articlehistory.h"

#include <QFileInfo>

#include <algorithm>
#include <utility>

namespace Byline::Core {

ArticleHistory::ArticleHistory(QList<const HistorySource *> sources)
    : m_sources(std::move(sources))
{ }

QList<Revision> ArticleHistory::revisions(const QString &filePath) const
{
    QList<Revision> merged;
    for (const HistorySource *source : m_sources)
        merged.append(source->revisions(filePath));
    std::stable_sort(merged.begin(), merged.end(),
                     [](const Revision &a, const Revision &b) { return a.time > b.time; });
    return merged;
}

std::optional<Revision> ArticleHistory::find(const QString &filePath, const QString &spec, QString *error) const
{
    const QString shown = QFileInfo(filePath).fileName();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QList<Revision> all = revisions(filePath);
    if (all.isEmpty())
        return fail(tr("%1 has no revisions yet").arg(shown));
    const QString wanted = spec.trimmed();
    bool relative = false;
    const int back = wanted.startsWith(QLatin1Char('-')) ? -wanted.toInt(&relative) : 0;
    if (relative) {
        if (back < 1 || back > all.size())
            return fail(tr("%1 has %n revisions; %2 is not one of them", nullptr, int(all.size())).arg(shown, wanted));
        return all.at(back - 1);
    }
    QList<Revision> byId;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(byId),
                 [&](const Revision &revision) { return revision.id == wanted; });
    if (byId.size() == 1)
        return byId.constFirst();
    if (byId.size() > 1)
        return fail(tr("%1: the id %2 names revisions in more than one history").arg(shown, wanted));
    const auto named
        = std::find_if(all.cbegin(), all.cend(), [&](const Revision &revision) { return revision.name == wanted; });
    if (named != all.cend())
        return *named;
    return fail(tr("%1 has no revision with the id or name \u201c%2\u201d").arg(shown, wanted));
}

std::optional<QString> ArticleHistory::text(const QString &filePath, const Revision &revision, QString *error) const
{
    for (const HistorySource *source : m_sources) {
        if (source->kind() == revision.source)
            return source->text(filePath, revision.id, error);
    }
    if (error)
        *error = tr("The history that holds revision %1 of %2 is not available")
                     .arg(revision.id, QFileInfo(filePath).fileName());
    return std::nullopt;
}

} // namespace Byline::Core
