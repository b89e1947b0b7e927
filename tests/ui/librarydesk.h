#pragma once

#include "testdesk.h"
#include "testfiles.h"

#include <safety/recoveryjournal.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/common/settingsstore.h>
#include <ui/document/documentcontroller.h>
#include <ui/editor/markdowneditor.h>
#include <ui/export/exportcontroller.h>
#include <ui/library/articleactions.h>
#include <ui/library/librarycontroller.h>
#include <ui/library/librarypanel.h>
#include <ui/library/libraryservice.h>
#include <ui/shell/deskservices.h>

#include <QMenu>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

// What the library controller's tests share: the library's side of the desk, and a library of two
// articles to work on.
namespace {

// The library's side of the desk on an article session, without a window: the sidebar, the
// editor (for the cursor), the banner and status line, the document's and the library's
// controllers, and export's section of the context menu as the window adds it. Questions are
// answered by `prompts`.
struct LibraryDesk
{
    Byline::WidgetUi::SettingsStore settings;
    std::shared_ptr<Byline::Core::RecoveryJournal> journal
        = std::make_shared<Byline::Core::RecoveryJournal>(Byline::WidgetUi::DeskServices::recoveryFolder());
    ScriptedPrompts prompts;
    Byline::WidgetUi::ArticleSession session {journal};
    Byline::WidgetUi::LibraryService library;
    QWidget host; // goes before the session and the library its widgets show
    Byline::WidgetUi::MessageBar *bar = new Byline::WidgetUi::MessageBar(&host);
    QStatusBar *statusBar = new QStatusBar(&host);
    Byline::WidgetUi::Notices notices {bar, statusBar};
    Byline::WidgetUi::MarkdownEditor *editor = new Byline::WidgetUi::MarkdownEditor(session, &host);
    Byline::WidgetUi::LibraryPanel *panel = new Byline::WidgetUi::LibraryPanel(library, &host);
    Byline::WidgetUi::DocumentController document {session, prompts, notices};
    Byline::WidgetUi::LibraryController controller {library, panel, document, editor, prompts, notices, settings};
    Byline::WidgetUi::ExportController exporting {editor, prompts, notices, [this] { return library.folder(); }, &host};

    LibraryDesk()
    {
        auto *layout = new QVBoxLayout(&host);
        layout->addWidget(panel);
        layout->addWidget(bar);
        layout->addWidget(editor, 1);
        layout->addWidget(statusBar);
        controller.addMenuSection([this](QMenu *menu, const Byline::WidgetUi::ArticleSelection &selection) {
            exporting.addLibraryEntries(menu, selection);
        });
        host.resize(900, 900);
        host.show();
    }
    Q_DISABLE_COPY_MOVE(LibraryDesk)
    ~LibraryDesk() = default;

    [[nodiscard]] Byline::WidgetUi::ArticleActions &articles() const { return controller.articles(); }
    // Opens the library as File ▸ Open Folder as Library does, once indexed and its first
    // article shown.
    void openLibrary(const QString &folder)
    {
        controller.openFolder(folder);
        QTRY_VERIFY_WITH_TIMEOUT(library.isIndexed(), 10000);
        QTRY_VERIFY(!session.isUntitled() && !session.isLoading());
    }
    bool open(const QString &path) { return openAndWait(session, path); }
    // Types `text` at the end of the article, as the user writes on.
    void typeAtEnd(const QString &text) const
    {
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, text);
    }
};

// The library of a test, a base of its test class: first.md and columns/second.md, written afresh
// for each test function in m_library, and a home of the test's own.
class TwoArticleLibrary
{
protected:
    // For init().
    void writeLibrary()
    {
        m_library = std::make_unique<QTemporaryDir>();
        write(path(QStringLiteral("first.md")),
              "---\ntitle: First\nstatus: draft\ndate: 2026-01-02\n---\n\nThe first text.\n");
        write(path(QStringLiteral("columns/second.md")),
              "---\ntitle: Second\nstatus: review\ndate: 2026-01-01\n---\n\nThe second text.\n");
    }

    QString path(const QString &name) const { return m_library->filePath(name); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_library;
};

} // namespace
