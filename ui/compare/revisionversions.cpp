#include "revisionversions.h"

#include "comparecontroller.h"
#include "compareversion.h"

#include <ui/common/notices.h>
#include <ui/common/prompts.h>
#include <ui/document/articlesession.h>
#include <ui/document/revisionrecorder.h>

#include <QAction>
#include <QFileInfo>
#include <QLocale>
#include <QPromise>

#include <memory>

namespace Byline::WidgetUi {

RevisionVersions::RevisionVersions(CompareController &compare, RevisionRecorder &recorder, ArticleSession &session,
                                   Prompts &prompts, Notices &notices, QObject *parent)
    : QObject(parent)
    , m_compare(compare)
    , m_recorder(recorder)
    , m_session(session)
    , m_prompts(prompts)
    , m_notices(notices)
    , m_withRevision(new QAction(tr("Compare With &Revision…"), this))
    , m_twoRevisions(new QAction(tr("Compare Two Re&visions…"), this))
{
    m_withRevision->setShortcut(QKeySequence(tr("Ctrl+Alt+H")));
    m_withRevision->setStatusTip(tr("Compare a revision Byline kept of this article with the text you are writing"));
    connect(m_withRevision, &QAction::triggered, this, &RevisionVersions::compareWithRevision);
    connect(m_twoRevisions, &QAction::triggered, this, &RevisionVersions::compareTwoRevisions);
    connect(&m_session, &ArticleSession::opened, this, &RevisionVersions::refresh);
    connect(&m_session, &ArticleSession::pathChanged, this, &RevisionVersions::refresh);
    connect(&m_recorder, &RevisionRecorder::kept, this, [this](const QString &path) {
        if (path == QFileInfo(m_session.path()).absoluteFilePath())
            refresh();
    });
}

QString RevisionVersions::label(const Core::Revision &revision)
{
    QStringList parts {revision.source == Core::Revision::Source::Git ? tr("Commit %1").arg(revision.id)
                                                                      : tr("Revision %1").arg(revision.id),
                       QLocale().toString(revision.time.toLocalTime(), QLocale::ShortFormat)};
    if (!revision.author.isEmpty())
        parts.append(revision.author);
    if (revision.isNamed())
        parts.append(QStringLiteral("\u201c%1\u201d").arg(revision.name));
    if (!revision.message.isEmpty())
        parts.append(revision.message);
    return parts.join(QStringLiteral(" \u00b7 "));
}

void RevisionVersions::refresh()
{
    const QString path = m_session.path();
    if (path.isEmpty()) {
        offer({});
        return;
    }
    m_recorder.list(path, [this, path](const QList<Core::Revision> &revisions, const QString &) {
        if (path == m_session.path())
            offer(revisions);
    });
}

void RevisionVersions::offer(const QList<Core::Revision> &revisions)
{
    const QString path = QFileInfo(m_session.path()).absoluteFilePath();
    // The window forgets its versions when another article loads; nothing to say again.
    if (revisions.isEmpty() && m_revisions.isEmpty()) {
        m_path = path;
        return;
    }
    m_path = path;
    m_revisions = revisions;
    QList<CompareVersion> versions;
    for (const Core::Revision &revision : revisions) {
        versions.append(
            {label(revision), [this, revision, path = m_path] {
                 auto promise = std::make_shared<QPromise<VersionText>>();
                 promise->start();
                 m_recorder.read(path, revision, [promise](const std::optional<QString> &text, const QString &error) {
                     promise->addResult(VersionText {text.value_or(QString()), text ? QString() : error});
                     promise->finish();
                 });
                 return promise->future();
             }});
    }
    m_compare.setVersions(versions);
}

std::optional<Core::Revision> RevisionVersions::ask(const QString &title, const QString &question, int current)
{
    if (m_revisions.isEmpty()) {
        m_notices.showStatus(m_session.path().isEmpty()
                                 ? tr("Save the article first: revisions are kept at every save")
                                 : tr("No revisions of this article yet: one is kept at every save"));
        return std::nullopt;
    }
    QStringList items;
    for (const Core::Revision &revision : std::as_const(m_revisions))
        items.append(label(revision));
    const std::optional<QString> chosen
        = m_prompts.askItem({title, question, items, std::min(current, int(items.size()) - 1), false});
    if (!chosen)
        return std::nullopt;
    const qsizetype index = items.indexOf(*chosen);
    return index < 0 ? std::nullopt : std::optional(m_revisions.at(index));
}

void RevisionVersions::withText(const Core::Revision &revision, const std::function<void(const QString &)> &then)
{
    m_recorder.read(m_path, revision, [this, revision, then](const std::optional<QString> &text, const QString &error) {
        if (!text) {
            m_notices.banner(tr("%1 could not be read: %2").arg(label(revision), error), MessageBar::Level::Error);
            return;
        }
        then(*text);
    });
}

void RevisionVersions::compareWithRevision()
{
    const std::optional<Core::Revision> revision
        = ask(tr("Compare With Revision"), tr("Compare the text you are writing with:"), 0);
    if (revision)
        withText(*revision, [this, label = label(*revision)](const QString &text) {
            m_compare.compareWithCurrent({label, text});
        });
}

void RevisionVersions::compareTwoRevisions()
{
    const std::optional<Core::Revision> older
        = ask(tr("Compare Two Revisions"), tr("The older revision:"), m_revisions.size() > 1 ? 1 : 0);
    if (!older)
        return;
    const std::optional<Core::Revision> newer = ask(tr("Compare Two Revisions"), tr("Compare it with:"), 0);
    if (!newer)
        return;
    withText(*older, [this, older = *older, newer = *newer](const QString &before) {
        withText(newer, [this, older, newer, before](const QString &after) {
            m_compare.compare({label(older), before}, {label(newer), after});
        });
    });
}

} // namespace Byline::WidgetUi
