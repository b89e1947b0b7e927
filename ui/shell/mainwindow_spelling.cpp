// The window's side of spelling: the language in the status bar, and the front-matter edits
// (`lang:`, `spelling_ignore:`) that make a choice stick to the article.
#include "mainwindow.h"

#include <QMenu>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolButton>

#include <common/messagebar.h>
#include <editor/markdowneditor.h>
#include <spelling/spellcontroller.h>

namespace Byline::WidgetUi {

void MainWindow::createSpelling()
{
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setAutoRaise(true);
    m_languageButton->setToolTip(tr("The spelling language of this article. Click to change it."));
    statusBar()->addPermanentWidget(m_languageButton);
    connect(m_languageButton, &QToolButton::clicked, this, [this] {
        QMenu *menu = m_spell->languageMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_languageButton->mapToGlobal(QPoint(0, -menu->sizeHint().height())));
    });
    connect(m_spell, &SpellController::languageChanged, this, &MainWindow::updateLanguageButton);
    connect(m_spell, &SpellController::problem, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Level::Warning); });
    connect(m_spell, &SpellController::information, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_spell, &SpellController::languageChosen, this, &MainWindow::setArticleLanguage);
    connect(m_spell, &SpellController::ignoreRequested, this, &MainWindow::ignoreInArticle);
    updateLanguageButton();
}

void MainWindow::updateLanguageButton()
{
    const auto &dictionary = m_spell->dictionary();
    if (dictionary) {
        m_languageButton->setText(dictionary->languageName());
        m_languageButton->setStyleSheet(QString());
    } else {
        m_languageButton->setText(tr("%1: no dictionary").arg(m_spell->requestedLanguage()));
        m_languageButton->setStyleSheet(QStringLiteral("color: #c62828"));
    }
}

bool MainWindow::editFrontMatter(const std::function<void(Core::FrontMatter &)> &change)
{
    if (m_editor->isReadOnly()) {
        m_messageBar->showMessage(tr("This article is read-only; save a copy to change it."),
                                  MessageBar::Level::Warning);
        return false;
    }
    const QString text = m_editor->toPlainText();
    Core::Diagnostics diagnostics;
    Core::Article article
        = Core::Article::fromText(text, m_path, Core::Article::formatForFileName(m_path), &diagnostics);
    if (article.sourceFormat() == Core::Article::SourceFormat::PlainText) {
        m_messageBar->showMessage(tr("A plain-text article has no front matter to keep this in; it applies until the "
                                     "article is closed. Save it as Markdown (.md) to keep it."),
                                  MessageBar::Level::Info);
        return false;
    }
    if (Core::hasErrors(diagnostics)) {
        m_messageBar->showMessage(tr("The front matter has an error, so Byline does not change it; fix it first (see "
                                     "the message above the text)."),
                                  MessageBar::Level::Warning);
        return false;
    }
    const qsizetype oldHeader = text.size() - article.body().size();
    const bool hadFrontMatter = !article.frontMatter().isNull();
    change(article.ensureFrontMatter());
    QString header = article.toText();
    header.chop(article.body().size());
    if (!hadFrontMatter && !article.body().startsWith(QLatin1Char('\n')))
        header += QLatin1Char('\n');
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(oldHeader), QTextCursor::KeepAnchor);
    cursor.insertText(header); // one undo step
    const Core::ArticleMetadata metadata = article.metadata();
    m_spell->setArticle(metadata.lang, metadata.spellingIgnore);
    return true;
}

bool MainWindow::setArticleLanguage(const QString &languageTag)
{
    const bool written = editFrontMatter([&languageTag](Core::FrontMatter &frontMatter) {
        // An article may say `language:`; that key is kept and changed rather than doubled.
        const QString key
            = !frontMatter.contains(QStringLiteral("lang")) && frontMatter.contains(QStringLiteral("language"))
            ? QStringLiteral("language")
            : QStringLiteral("lang");
        frontMatter.setValue(key, languageTag);
    });
    if (!written)
        m_spell->setArticle(languageTag, m_spell->ignoredWords());
    return written;
}

bool MainWindow::ignoreInArticle(const QString &word)
{
    QStringList ignored;
    const bool written = editFrontMatter([&word, &ignored](Core::FrontMatter &frontMatter) {
        ignored = Core::ArticleMetadata::fromFrontMatter(frontMatter).spellingIgnore;
        if (!ignored.contains(word))
            ignored.append(word);
        frontMatter.setValue(QStringLiteral("spelling_ignore"), ignored);
    });
    if (!written)
        m_spell->setArticle(m_spell->articleLanguage(), m_spell->ignoredWords() + QStringList {word});
    return written;
}

} // namespace Byline::WidgetUi
