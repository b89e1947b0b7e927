#pragma once

#include <spell/dictionarycatalog.h>
#include <spell/spellservice.h>
#include <ui/common/messagebar.h>
#include <ui/common/notices.h>
#include <ui/common/settings.h>
#include <ui/document/articlesession.h>
#include <ui/document/documentbanners.h>
#include <ui/editor/markdowneditor.h>
#include <ui/editor/markdownhighlighter.h>
#include <ui/spelling/languagebutton.h>
#include <ui/spelling/spellcontroller.h>
#include <ui/spelling/spellingmenu.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include <memory>

// What the spelling tests share: an article in an editor with spelling wired as the window wires
// it, what it underlines, and a spelling service over dictionaries of the test's own.
namespace {

// An article in an editor with spelling wired as the window wires it: the banner (in the editor's
// column, as the window lays it out) and status line that tell the user, the file's own banners
// (opening a file shows its news on the banner), the context menu's entries and the language
// button. The default language is the settings' en-US.
struct SpellDesk
{
    explicit SpellDesk(Byline::Core::SpellService &service)
        : spelling(&editor, service)
    {
        Byline::WidgetUi::Settings settings;
        settings.spellingLanguage = QStringLiteral("en-US");
        spelling.apply(settings);
        editor.resize(700, 500);
        editor.show();
    }

    Byline::WidgetUi::ArticleSession session {nullptr}; // no recovery journal: nothing here is recovered
    Byline::WidgetUi::MarkdownEditor editor {session};
    QWidget column;
    Byline::WidgetUi::MessageBar bar {&column};
    QStatusBar statusBar;
    Byline::WidgetUi::Notices notices {&bar, &statusBar};
    Byline::WidgetUi::DocumentBanners banners {session, notices};
    Byline::WidgetUi::SpellController spelling;
    Byline::WidgetUi::SpellingMenu menu {spelling, notices};
    Byline::WidgetUi::LanguageButton languageButton {spelling, menu};
};

inline QTextCursor find(const SpellDesk &desk, const QString &needle)
{
    const QTextCursor found = desk.editor.document()->find(needle);
    if (found.isNull())
        QTest::qFail(qPrintable(QStringLiteral("“%1” is not in the text").arg(needle)), __FILE__, __LINE__);
    return found;
}

// Whether the line holding `needle` shows an underline once it is on screen, as the reader sees it.
inline bool underlined(SpellDesk &desk, const QString &needle)
{
    const QTextBlock block = find(desk, needle).block();
    if (!desk.editor.visibleBlocks().contains(block)) { // the cursor stays where it is
        desk.editor.scrollToLine(block.blockNumber() + 1);
        QCoreApplication::processEvents();
    }
    return Byline::WidgetUi::MarkdownHighlighter::showsMisspellings(block);
}

inline int positionOf(const SpellDesk &desk, const QString &needle)
{
    return find(desk, needle).selectionStart();
}

// The dictionary is loaded, and the lines on screen have their underlines.
[[nodiscard]] inline bool checked(const SpellDesk &desk)
{
    return QTest::qWaitFor([&desk] { return desk.spelling.isChecking(); }, 20000);
}

inline QAction *entry(const QMenu &menu, const QString &text)
{
    for (QAction *action : menu.actions()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

// The spelling service of a test, a base of its test class: the test's own dictionaries, the
// machine's en_US and en_GB and nothing else, so German is missing wherever the test runs; and a
// personal dictionary of its own. Files the test writes go in m_dir too.
class TestSpellService
{
protected:
    // For initTestCase.
    void setUpDictionaries()
    {
        QVERIFY(m_dir.isValid());
        const QString dictionaries = m_dir.filePath(QStringLiteral("dictionaries"));
        QVERIFY(QDir().mkpath(dictionaries));
        const Byline::Core::DictionaryCatalog machine(Byline::Core::DictionaryCatalog::standardFolders({}));
        for (const QString &code : {QStringLiteral("en_US"), QStringLiteral("en_GB")}) {
            const std::optional<Byline::Core::DictionaryInfo> info = machine.find(code);
            QVERIFY2(info && info->code == code,
                     qPrintable(QStringLiteral("the %1 dictionary is needed: install %2")
                                    .arg(code, Byline::Core::SpellService::packageFor(code))));
            QVERIFY(QFile::link(info->affPath, dictionaries + QLatin1Char('/') + code + QLatin1String(".aff")));
            QVERIFY(QFile::link(info->dicPath, dictionaries + QLatin1Char('/') + code + QLatin1String(".dic")));
        }
        m_service = std::make_unique<Byline::Core::SpellService>(
            Byline::Core::SpellService::Folders {dictionaries, m_dir.filePath(QStringLiteral("personal"))},
            QStringList {dictionaries});
        QCOMPARE(m_service->catalog().dictionaries().size(), 2);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Byline::Core::SpellService> m_service;
};

} // namespace
