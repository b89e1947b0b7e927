#pragma once

#include <QObject>

#include <history/history.h>

class QAction;

namespace Byline::WidgetUi {

class ArticleSession;
class CompareController;
class Notices;
class Prompts;
class RevisionRecorder;

// The open article's revisions in the compare window: offered under its Compare With as soon as
// the article is open (and again after each one kept), and File ▸ Compare With Revision… and
// Compare Two Revisions… to start from one. A revision's text is read only when chosen, on the
// recorder's thread.
class RevisionVersions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionVersions)

public:
    RevisionVersions(CompareController &compare, RevisionRecorder &recorder, ArticleSession &session, Prompts &prompts,
                     Notices &notices, QObject *parent = nullptr);

    // Compare With Revision…, Compare Two Revisions…
    [[nodiscard]] QList<QAction *> fileActions() const { return {m_withRevision, m_twoRevisions}; }

    // "Revision 12 · 4 Dec 2026 14:02 · Ed Brooks · “Filed to desk”"
    [[nodiscard]] static QString label(const Core::Revision &revision);

private:
    void refresh();
    void offer(const QList<Core::Revision> &revisions);
    // Asks which revision; std::nullopt when there is none or the user cancelled.
    std::optional<Core::Revision> ask(const QString &title, const QString &question, int current);
    void withText(const Core::Revision &revision, const std::function<void(const QString &)> &then);
    void compareWithRevision();
    void compareTwoRevisions();

    CompareController &m_compare;
    RevisionRecorder &m_recorder;
    ArticleSession &m_session;
    Prompts &m_prompts;
    Notices &m_notices;
    QAction *m_withRevision;
    QAction *m_twoRevisions;
    QString m_path; // whose revisions m_revisions are
    QList<Core::Revision> m_revisions; // newest first
};

} // namespace Byline::WidgetUi
