// MainWindow: opening, saving, autosave, recovery and changes made on disk by others.
#include "mainwindow.h"

#include <article/articlefile.h>
#include <library/librarypanel.h>

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QUuid>

#include <common/messagebar.h>
#include <document/documentguard.h>
#include <editor/markdowneditor.h>
#include <panels/statisticsview.h>
#include <preview/previewpane.h>
#include <spelling/spellcontroller.h>

namespace Byline::WidgetUi {

void MainWindow::openPath(const QString &path)
{
    if (QFileInfo(path).isDir())
        openFolder(path);
    else
        openFile(path);
}

bool MainWindow::restoreLastSession()
{
    const QSettings store;
    const QString library = store.value(QStringLiteral("session/library")).toString();
    const QString file = store.value(QStringLiteral("session/file")).toString();
    if (!library.isEmpty() && QFileInfo(library).isDir()) {
        m_library->setFolder(library);
        m_library->show();
    }
    if (file.isEmpty() || !QFileInfo(file).isFile())
        return false;
    return openFile(file);
}

void MainWindow::loadText(const QString &text, const QString &path)
{
    if (!m_path.isEmpty())
        Settings::setCursorPosition(m_path, m_editor->textCursor().position());
    m_path = path;
    m_spell->suspend(); // the visible text is checked first, once it is in
    {
        const QSignalBlocker blocker(m_editor);
        m_editor->setPlainText(text);
    }
    m_editor->document()->setModified(false);
    m_preview->setBaseDirectory(path.isEmpty() ? QDir::home() : QFileInfo(path).dir());
    const Core::Article article = currentArticle();
    const Core::ArticleMetadata metadata = article.metadata();
    m_status->setMetadata(metadata.targetWords, metadata.deadline);
    m_spell->setArticle(metadata.lang, metadata.spellingIgnore);
    m_spell->resume();
    m_preview->renderNow(article.body(), article.bodyFirstLine());
    updateTitle();
}

bool MainWindow::openFile(const QString &path)
{
    const Core::LoadedArticle loaded = Core::ArticleFile::load(path);
    if (!loaded.ok) {
        showError(
            tr("Could not open %1: %2")
                .arg(path, loaded.diagnostics().isEmpty() ? QString() : loaded.diagnostics().constFirst().message));
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_openFirstArticle = false; // an article chosen meanwhile stays
    m_encoding = loaded.encoding;
    m_draftPath.clear();
    m_guard->setDocument(absolute, Core::RecoveryJournal::idForPath(absolute));
    loadText(loaded.text, absolute);
    m_guard->setDiskContents(loaded.bytes);
    // Damaged text may not be saved over its file; a file without write permission cannot be.
    const bool writable = QFileInfo(absolute).isWritable();
    m_readOnly = loaded.readOnly || !writable;
    m_editor->setReadOnly(!writable);
    m_fileDiagnostics = loaded.fileDiagnostics;
    m_textDiagnostics = loaded.textDiagnostics;
    showDiagnostics(BannerUpdate::Always);
    if (!writable)
        showReadOnly();

    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(std::clamp(Settings::cursorPosition(absolute), 0, m_editor->document()->characterCount() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_library->selectFile(absolute);
    Settings::addRecentFile(absolute);
    updateRecentMenu();
    return true;
}

void MainWindow::newDocument()
{
    m_encoding = {};
    m_readOnly = false;
    m_editor->setReadOnly(false);
    m_draftPath.clear();
    m_guard->setDocument(QString(), QLatin1String("untitled-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
    loadText(QString(), QString());
    m_fileDiagnostics.clear();
    m_textDiagnostics.clear();
    showDiagnostics(BannerUpdate::Always);
}

bool MainWindow::closeDocument()
{
    if (!maybeKeepChanges())
        return false;
    newDocument();
    return true;
}

bool MainWindow::writeTo(const QString &path, const QString &text, const Core::FileEncoding &encoding, bool interactive,
                         QByteArray *written)
{
    const Core::SaveResult saved = Core::ArticleFile::save(path, text, encoding);
    if (written)
        *written = saved.written;
    if (!saved.ok) {
        if (interactive)
            showError(saved.error);
        else
            m_messageBar->showMessage(
                tr("Autosave failed: %1 Your text is still here and in the recovery journal.").arg(saved.error),
                MessageBar::Level::Error);
        return false;
    }
    return true;
}

bool MainWindow::saveInPlace(bool interactive)
{
    QByteArray written;
    if (!writeTo(m_path, m_editor->toPlainText(), m_encoding, interactive, &written))
        return false;
    m_editor->document()->setModified(false);
    m_guard->setDiskContents(written);
    return true;
}

bool MainWindow::save()
{
    if (m_path.isEmpty()) {
        chooseSaveAs();
        return !m_editor->document()->isModified();
    }
    if (m_readOnly) {
        showReadOnly();
        return false;
    }
    if (m_guard->hasExternalChange()) {
        const auto answer = QMessageBox::warning(
            this, tr("File changed on disk"),
            tr("%1 was changed by another program since you opened it. Saving replaces that version with yours.")
                .arg(QFileInfo(m_path).fileName()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save)
            return false;
    }
    if (!saveInPlace(true))
        return false;
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_path).fileName()), 3000);
    if (m_messageBar->level() != MessageBar::Level::Info || m_guard->isDeleted())
        showDiagnostics(BannerUpdate::Always);
    return true;
}

bool MainWindow::saveAs(const QString &path)
{
    const Core::Article article = currentArticle();
    const bool toMarkdown = article.sourceFormat() == Core::Article::SourceFormat::PlainText
        && Core::Article::formatForFileName(path) == Core::Article::SourceFormat::Markdown;
    const QString text = toMarkdown ? article.toMarkdown() : m_editor->toPlainText();
    const Core::FileEncoding encoding = m_readOnly ? Core::FileEncoding {} : m_encoding;
    if (!writeTo(path, text, encoding, true))
        return false;
    if (!m_draftPath.isEmpty())
        QFile::remove(m_draftPath); // the draft has a home now
    m_editor->document()->setModified(false);
    return openFile(path);
}

void MainWindow::autosave()
{
    if (!m_editor->document()->isModified())
        return;
    if (m_path.isEmpty()) {
        // An untitled document autosaves as a draft file of its own.
        if (m_draftPath.isEmpty()) {
            QDir().mkpath(draftsFolder());
            m_draftPath
                = QDir(draftsFolder())
                      .filePath(tr("Untitled %1.md")
                                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd hh.mm.ss"))));
        }
        if (writeTo(m_draftPath, m_editor->toPlainText(), {}, false))
            statusBar()->showMessage(tr("Draft autosaved to %1").arg(QDir::toNativeSeparators(m_draftPath)), 3000);
        return;
    }
    // Never over a file that changed or vanished meanwhile, nor one that must not be written.
    if (m_readOnly || m_guard->isDeleted() || m_guard->hasExternalChange())
        return;
    if (saveInPlace(false))
        statusBar()->showMessage(tr("Autosaved"), 2000);
}

void MainWindow::showExternalChange()
{
    const QString name = QFileInfo(m_path).fileName();
    m_messageBar->showMessage(
        tr("<b>%1 was changed by another program.</b> Reload it to see that version, or keep the text in the "
           "editor (saving then replaces the version on disk). Nothing is saved over it until you choose.")
            .arg(name.toHtmlEscaped()),
        MessageBar::Level::Warning,
        {{tr("&Reload"),
          [this] {
              const int position = m_editor->textCursor().position();
              openFile(m_path);
              QTextCursor cursor = m_editor->textCursor();
              cursor.setPosition(std::min(position, m_editor->document()->characterCount() - 1));
              m_editor->setTextCursor(cursor);
          }},
         {tr("&Keep my text"), [this] {
              m_guard->keepMine();
              m_editor->document()->setModified(true);
          }}});
}

void MainWindow::showDeleted()
{
    m_editor->document()->setModified(true); // the text exists nowhere else now
    m_messageBar->showMessage(tr("<b>%1 was deleted or moved away.</b> Your text is still here: Save writes it back "
                                 "to the same place, Save As somewhere else.")
                                  .arg(QFileInfo(m_path).fileName().toHtmlEscaped()),
                              MessageBar::Level::Error,
                              {{tr("&Save"), [this] { save(); }}, {tr("Save &As…"), [this] { chooseSaveAs(); }}});
}

void MainWindow::showReadOnly()
{
    m_messageBar->showMessage(
        QFileInfo(m_path).isWritable()
            ? tr("This file was opened read-only because its text is damaged; saving over it could lose data. "
                 "Use Save As to keep your changes in a new file.")
            : tr("<b>%1 is read-only</b> (no write permission). You can read it here; use Save As to keep an "
                 "editable copy.")
                  .arg(QFileInfo(m_path).fileName().toHtmlEscaped()),
        MessageBar::Level::Warning, {{tr("Save &As…"), [this] { chooseSaveAs(); }}});
}

bool MainWindow::maybeKeepChanges()
{
    if (!m_editor->document()->isModified())
        return true;
    const auto answer
        = QMessageBox::question(this, tr("Unsaved changes"),
                                tr("%1 has changes that are not saved. Save them before closing it?")
                                    .arg(m_path.isEmpty() ? tr("This document") : QFileInfo(m_path).fileName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard && !m_draftPath.isEmpty())
        QFile::remove(m_draftPath);
    if (answer == QMessageBox::Discard)
        m_editor->document()->setModified(false);
    return answer == QMessageBox::Discard;
}

void MainWindow::chooseFileToOpen()
{
    if (!maybeKeepChanges())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), QFileInfo(m_path).path(),
                                                      tr("Articles (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::chooseFolderToOpen()
{
    if (!maybeKeepChanges())
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Library Folder"), m_library->folder());
    if (!folder.isEmpty())
        openFolder(folder);
}

void MainWindow::chooseSaveAs()
{
    QString suggestion = m_path.isEmpty()
        ? QDir(m_library->folder().isEmpty() ? QDir::homePath() : m_library->folder()).filePath(tr("Untitled.md"))
        : m_path;
    if (Core::Article::formatForFileName(suggestion) == Core::Article::SourceFormat::PlainText)
        suggestion
            = QFileInfo(suggestion).dir().filePath(QFileInfo(suggestion).completeBaseName() + QStringLiteral(".md"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Article As"), suggestion,
                                                      tr("Markdown (*.md);;Plain text (*.txt)"));
    if (!path.isEmpty())
        saveAs(path);
}

void MainWindow::showError(const QString &text)
{
    m_messageBar->showMessage(text, MessageBar::Level::Error);
    QMessageBox::warning(this, tr("Byline"), text);
}

void MainWindow::offerRecovery()
{
    const QList<Core::RecoveryJournal::Entry> entries = Core::RecoveryJournal::orphanedEntries(recoveryFolder());
    MainWindow *target = this;
    for (const Core::RecoveryJournal::Entry &entry : entries) {
        const QString name = entry.path.isEmpty() ? tr("An untitled document") : QFileInfo(entry.path).fileName();
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved text?"),
                        tr("Byline did not close properly. %1 had changes that were not saved (last journalled %2).")
                            .arg(name, QLocale().toString(entry.written.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Restore opens the text with those changes; the file on disk is not touched until "
                                  "you save. Discard forgets them. Later asks again next time."));
        QPushButton *restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restoreButton);
        box.exec();
        if (box.clickedButton() == discardButton) {
            Core::RecoveryJournal::discard(entry);
        } else if (box.clickedButton() == restoreButton) {
            if (target->m_editor->document()->isModified()) {
                target = new MainWindow; // one document a window, and this one is taken
                target->setAttribute(Qt::WA_DeleteOnClose);
                target->show();
            }
            target->restore(entry);
        }
    }
}

void MainWindow::restore(const Core::RecoveryJournal::Entry &entry)
{
    if (!entry.path.isEmpty() && QFileInfo(entry.path).isFile() && openFile(entry.path)) {
        // As an edit, so the restored text is unsaved and undo goes back to the file's.
        QTextCursor cursor(m_editor->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(entry.text);
    } else {
        newDocument();
        m_editor->setPlainText(entry.text);
        if (!entry.path.isEmpty())
            m_messageBar->showMessage(tr("%1 no longer exists; its recovered text is shown as a new document. Use "
                                         "Save As to keep it.")
                                          .arg(entry.path),
                                      MessageBar::Level::Warning);
    }
    m_editor->document()->setModified(true);
    m_guard->journalNow(); // now journalled by this session
    Core::RecoveryJournal::discard(entry);
    statusBar()->showMessage(tr("Recovered unsaved text"), 5000);
}

} // namespace Byline::WidgetUi
