#pragma once

#include <article/diagnostic.h>

#include <QObject>

namespace Byline::WidgetUi {

class ArticleSession;
class Notices;

// What the banner over the text says about the open file: the problems of its front matter and
// encoding (named by line), that it is read-only, that another program changed it (Reload, or
// keep the text here), that it was deleted (Save puts it back), that it is too complex to
// preview. A banner the user dismissed stays dismissed until what it says changes.
class DocumentBanners final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentBanners)

public:
    DocumentBanners(ArticleSession &session, Notices &notices, QObject *parent = nullptr);

    // Shows the file's problems now, or hides a banner about problems that are gone.
    void refresh();
    void showReadOnly();

Q_SIGNALS:
    // The banner's buttons, for whoever saves.
    void saveRequested();
    void saveAsRequested();

private:
    enum class Update { IfChanged, Always };
    void showDiagnostics(Update update);
    void showExternalChange();
    void showDeleted();

    ArticleSession &m_session;
    Notices &m_notices;
    Core::Diagnostics m_shown;
};

} // namespace Byline::WidgetUi
