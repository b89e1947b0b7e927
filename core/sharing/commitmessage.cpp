#include "commitmessage.h"

#include <QFileInfo>

namespace Byline::Core {

namespace {

QString describe(const CommitMessage::Article &article)
{
    QString title = article.title.simplified();
    if (title.isEmpty())
        title = QFileInfo(article.path).completeBaseName();
    if (article.deleted)
        return CommitMessage::tr("%1 (deleted)").arg(title);
    if (article.status.isEmpty())
        return title;
    return CommitMessage::tr("%1 (%2)").arg(title, article.status.simplified());
}

} // namespace

QString CommitMessage::make(const QString &author, const QList<Article> &articles)
{
    QStringList titles;
    for (const Article &article : articles) {
        if (titles.size() == titlesShown)
            break;
        titles.append(describe(article));
    }
    QString subject
        = tr("%n articles", nullptr, int(articles.size())) + QStringLiteral(" — ") + titles.join(QStringLiteral(", "));
    if (articles.size() > titlesShown)
        subject += tr(" and %n more", nullptr, int(articles.size() - titlesShown));
    if (!author.isEmpty())
        subject = author + QStringLiteral(": ") + subject;

    QString body;
    for (const Article &article : articles.first(std::min(articles.size(), qsizetype(pathsListed))))
        body += (article.deleted ? QStringLiteral("deleted  ") : QStringLiteral("changed  ")) + article.path
            + QLatin1Char('\n');
    if (articles.size() > pathsListed)
        body += QStringLiteral("and %1 more\n").arg(articles.size() - pathsListed);
    return subject + QStringLiteral("\n\n") + body;
}

QString CommitMessage::merge(const QString &author, const QStringList &from, int articles)
{
    const QString subject = tr("merged %n articles changed by %1", nullptr, articles)
                                .arg(from.isEmpty() ? tr("others") : from.join(QStringLiteral(", ")));
    return (author.isEmpty() ? subject : author + QStringLiteral(": ") + subject) + QLatin1Char('\n');
}

} // namespace Byline::Core
