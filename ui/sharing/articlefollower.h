#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPlainTextEdit;

namespace Byline::Core {
struct SyncReport;
}

namespace Byline::WidgetUi {

class ArticleSession;
class Notices;

// The open article follows a sync that changed its file: with no unsaved text it is read again
// where it stands, the cursor kept; with unsaved text the other writer's changes come into it as
// suggestions signed by them (the file on disk has the merged version; the text in the editor
// stays unsaved, and rejecting every suggestion gives it back as it was).
class ArticleFollower final
{
    Q_DECLARE_TR_FUNCTIONS(Byline::WidgetUi::ArticleFollower)

public:
    ArticleFollower(ArticleSession &session, QPlainTextEdit *editor, Notices &notices);

    // Before a sync: what the open article is and what its file holds.
    void before();
    // After it: follows the file when the sync changed it. `from` names who changed it. `done`
    // runs once the article shows what it will (after a reload, which is not at once).
    void after(const Core::SyncReport &report, const QString &from, const std::function<void()> &done);

private:
    void reload(const std::function<void()> &done);
    void merge(const QString &from);

    ArticleSession &m_session;
    QPlainTextEdit *m_editor;
    Notices &m_notices;
    QString m_path; // absolute; empty when no file is open
    QString m_base; // the file's text before the sync
};

} // namespace Byline::WidgetUi
