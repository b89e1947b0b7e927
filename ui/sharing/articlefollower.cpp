#include "articlefollower.h"

#include <article/articlefile.h>
#include <article/articlemerge.h>
#include <ui/common/notices.h>
#include <ui/document/articlesession.h>

#include <QFileInfo>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollBar>

#include <sharing/syncreport.h>

namespace Byline::WidgetUi {

ArticleFollower::ArticleFollower(ArticleSession &session, QPlainTextEdit *editor, Notices &notices)
    : m_session(session)
    , m_editor(editor)
    , m_notices(notices)
{ }

void ArticleFollower::before()
{
    m_path = m_session.path().isEmpty() ? QString() : QFileInfo(m_session.path()).absoluteFilePath();
    m_base.clear();
    if (m_path.isEmpty() || !m_session.isModified())
        return;
    const Core::LoadedArticle loaded = Core::ArticleFile::load(m_path);
    if (loaded.ok)
        m_base = loaded.text;
}

void ArticleFollower::after(const Core::SyncReport &report, const QString &from, const std::function<void()> &done)
{
    // A deleted file: the document's banner says what to do.
    if (m_path.isEmpty() || !report.changedOnDisk.contains(m_path)
        || QFileInfo(m_session.path()).absoluteFilePath() != m_path || !QFileInfo::exists(m_path)) {
        done();
        return;
    }
    if (m_session.isModified() && !m_base.isNull()) {
        merge(from);
        done();
    } else {
        reload(done);
    }
}

void ArticleFollower::reload(const std::function<void()> &done)
{
    const int position = m_editor->textCursor().position();
    const int scroll = m_editor->verticalScrollBar()->value();
    QPointer<QPlainTextEdit> editor(m_editor);
    m_session.open(m_path, [editor, position, scroll, done](bool ok) {
        done();
        if (!ok || !editor)
            return;
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(std::min(position, editor->document()->characterCount() - 1));
        editor->setTextCursor(cursor);
        editor->verticalScrollBar()->setValue(scroll);
    });
    m_notices.showStatus(tr("%1 was changed by the sync and read again.").arg(m_session.displayName()));
}

void ArticleFollower::merge(const QString &from)
{
    const Core::LoadedArticle incoming = Core::ArticleFile::load(m_path);
    if (!incoming.ok)
        return;
    const QString draft = m_session.text();
    const Core::Attribution theirs {from, QFileInfo(m_path).lastModified().toUTC()};
    const Core::Attribution mine {QString(), QDateTime::currentDateTimeUtc()};
    const Core::ArticleMerge::Result merged
        = Core::ArticleMerge::intoDraft(m_base, {draft, mine}, {incoming.text, theirs});
    if (!merged.ok()) {
        m_notices.banner(tr("<b>%1 was changed by the sync while you were editing it.</b> %2.")
                             .arg(m_session.displayName().toHtmlEscaped(), merged.error.toHtmlEscaped()),
                         MessageBar::Level::Warning);
        return;
    }
    // One edit spanning what differs, so the cursor keeps its place outside it.
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(draft.size(), merged.text.size());
    while (prefix < shorter && draft.at(prefix) == merged.text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && draft.at(draft.size() - 1 - suffix) == merged.text.at(merged.text.size() - 1 - suffix))
        ++suffix;
    if (prefix + suffix < draft.size() || prefix + suffix < merged.text.size())
        m_session.replace(int(prefix), int(draft.size() - suffix),
                          merged.text.mid(prefix, merged.text.size() - suffix - prefix), EditOrigin::Merge);
    m_session.keepMine(); // the file has the merged version; this text stays unsaved until saved
    m_notices.banner(tr("<b>%1 was changed by %2 while you were editing it.</b> Their changes are in your text "
                        "as %n suggestions signed by them; your own text is as you left it, and unsaved.",
                        nullptr, int(merged.conflicts))
                         .arg(m_session.displayName().toHtmlEscaped(), from.toHtmlEscaped()),
                     MessageBar::Level::Info);
}

} // namespace Byline::WidgetUi
