#include "documentbanners.h"

#include "articlesession.h"
#include "documentguard.h"

#include <ui/common/notices.h>

#include <QFileInfo>

namespace Byline::WidgetUi {

namespace {

MessageBar::Level levelOf(const Core::Diagnostics &diagnostics)
{
    MessageBar::Level level = MessageBar::Level::Info;
    for (const Core::Diagnostic &d : diagnostics) {
        if (d.severity == Core::Diagnostic::Severity::Error)
            return MessageBar::Level::Error;
        if (d.severity == Core::Diagnostic::Severity::Warning)
            level = MessageBar::Level::Warning;
    }
    return level;
}

// One sentence a problem, "Line 3: …", as the banner shows them.
QString sentencesOf(const Core::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Core::Diagnostic &d : diagnostics) {
        const QString where = d.line > 0 ? DocumentBanners::tr("Line %1: ").arg(d.line) : QString();
        QString sentence = where + d.message.left(1).toUpper() + d.message.mid(1);
        if (!sentence.endsWith(QLatin1Char('.')))
            sentence += QLatin1Char('.');
        lines.append(sentence);
    }
    return lines.join(QLatin1String("<br>"));
}

} // namespace

DocumentBanners::DocumentBanners(ArticleSession &session, Notices &notices, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_notices(notices)
{
    connect(&session, &ArticleSession::diagnosticsChanged, this, [this] { showDiagnostics(Update::IfChanged); });
    connect(&session, &ArticleSession::opened, this, [this] {
        showDiagnostics(Update::Always);
        if (!m_session.path().isEmpty() && !m_session.isEditable())
            showReadOnly();
    });
    connect(&session, &ArticleSession::tooComplexToRender, this, [this] {
        const auto seconds = std::chrono::duration<double>(m_session.renderer().limits().tooComplex).count();
        m_notices.banner(tr("This document is too complex to preview: rendering took longer than %L1 seconds "
                            "(deeply nested or pathological Markdown). Your text is safe; the preview catches up "
                            "when the markup is simpler.")
                             .arg(seconds),
                         MessageBar::Level::Warning);
    });
    const DocumentGuard &guard = session.guard();
    connect(&guard, &DocumentGuard::changedOnDisk, this, &DocumentBanners::showExternalChange);
    connect(&guard, &DocumentGuard::deletedOnDisk, this, &DocumentBanners::showDeleted);
    connect(&guard, &DocumentGuard::reappearedOnDisk, this, [this] {
        m_notices.banner(tr("%1 is back on disk, unchanged.").arg(m_session.displayName()), MessageBar::Level::Info);
    });
}

void DocumentBanners::refresh()
{
    showDiagnostics(Update::Always);
}

void DocumentBanners::showDiagnostics(Update update)
{
    const Core::Diagnostics all = m_session.diagnostics();
    if (update == Update::IfChanged && all == m_shown)
        return; // unchanged: a banner the user dismissed stays dismissed
    const bool barShowsDiagnostics = !m_shown.isEmpty();
    m_shown = all;
    if (!all.isEmpty())
        m_notices.banner(sentencesOf(all), levelOf(all));
    else if (barShowsDiagnostics || update == Update::Always) // other news on the bar stays
        m_notices.bar().hide();
}

void DocumentBanners::showExternalChange()
{
    m_notices.banner(
        tr("<b>%1 was changed by another program.</b> Reload it to see that version, or keep the text in the "
           "editor (saving then replaces the version on disk). Nothing is saved over it until you choose.")
            .arg(m_session.displayName().toHtmlEscaped()),
        MessageBar::Level::Warning,
        {{tr("&Reload"), [this] { m_session.open(m_session.path()); }},
         {tr("&Keep my text"), [this] { m_session.keepMine(); }}});
}

void DocumentBanners::showDeleted()
{
    m_notices.banner(
        tr("<b>%1 was deleted or moved away.</b> Your text is still here: Save writes it back to the "
           "same place, Save As somewhere else.")
            .arg(m_session.displayName().toHtmlEscaped()),
        MessageBar::Level::Error,
        {{tr("&Save"), [this] { Q_EMIT saveRequested(); }}, {tr("Save &As…"), [this] { Q_EMIT saveAsRequested(); }}});
}

void DocumentBanners::showReadOnly()
{
    QString message;
    if (m_session.isEditable())
        message = tr("This file was opened read-only because its text is damaged; saving over it could lose "
                     "data. Use Save As to keep your changes in a new file.");
    else if (QFileInfo::exists(m_session.path()) || m_session.fileDiagnostics().isEmpty())
        message = tr("<b>%1 is read-only</b> (no write permission). You can read it here; use Save As to "
                     "keep an editable copy.")
                      .arg(m_session.displayName().toHtmlEscaped());
    else // found only by its raw name, which the loader explains
        message = sentencesOf(m_session.fileDiagnostics());
    m_notices.banner(message, MessageBar::Level::Warning, {{tr("Save &As…"), [this] { Q_EMIT saveAsRequested(); }}});
}

} // namespace Byline::WidgetUi
