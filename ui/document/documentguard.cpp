#include "documentguard.h"

#include <article/articlefile.h>
#include <safety/recoveryjournal.h>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

Q_LOGGING_CATEGORY(lcGuard, "byline.ui.guard", QtInfoMsg)

namespace {

constexpr int journalDelayMs = 2000;
constexpr int diskCheckDelayMs = 150;

QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

DocumentGuard::DocumentGuard(QTextDocument *document, std::function<QString()> text,
                             std::shared_ptr<Core::RecoveryJournal> journal, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_text(std::move(text))
    , m_journal(std::move(journal))
{
    m_writer.setMaxThreadCount(1);
    m_journalTimer.setSingleShot(true);
    m_journalTimer.setInterval(journalDelayMs);
    m_diskCheck.setSingleShot(true);
    m_diskCheck.setInterval(diskCheckDelayMs);
    setAutosaveInterval(m_autosaveSeconds);

    connect(m_document, &QTextDocument::contentsChanged, this, &DocumentGuard::textChanged);
    connect(&m_journalTimer, &QTimer::timeout, this, &DocumentGuard::writeJournal);
    connect(&m_autosave, &QTimer::timeout, this, [this] {
        if (m_document->isModified())
            Q_EMIT autosaveDue();
    });
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive && m_autosaveSeconds > 0 && m_document->isModified())
            Q_EMIT autosaveDue();
    });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_diskCheck.start(); });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_diskCheck.start(); });
    connect(&m_diskCheck, &QTimer::timeout, this, &DocumentGuard::checkDisk);
    connect(&m_diskState, &QFutureWatcher<DiskState>::finished, this, &DocumentGuard::takeDiskState);
}

DocumentGuard::~DocumentGuard()
{
    m_writer.waitForDone();
    m_diskState.waitForFinished();
}

void DocumentGuard::setDocument(const QString &path, const QString &journalId)
{
    if (!m_journalId.isEmpty() && m_journalId != journalId && m_journal) {
        waitForJournal();
        m_journal->remove(m_journalId);
    }
    m_path = path;
    m_journalId = journalId;
    m_deleted = false;
    m_externalChange = false;
    m_journalled = false;
    watchPath();
}

void DocumentGuard::setDiskContents(const QByteArray &bytes)
{
    m_diskHash = QtConcurrent::run(hashOf, bytes);
    m_diskExists = true;
    m_deleted = false;
    m_externalChange = false;
    watchPath(); // a save by rename replaces the watched file
    if (!m_document->isModified() && m_journalled && m_journal) {
        waitForJournal();
        m_journal->remove(m_journalId);
        m_journalled = false;
    }
}

void DocumentGuard::moveTo(const QString &path, const QString &journalId)
{
    if (m_journal && m_journalled && journalId != m_journalId) {
        waitForJournal();
        m_journal->remove(m_journalId);
        m_journalled = false;
    }
    m_path = path;
    m_journalId = journalId;
    watchPath();
    if (m_document->isModified())
        writeJournal(); // under its new name at once, not at the next keystroke
}

void DocumentGuard::setAutosaveInterval(int seconds)
{
    m_autosaveSeconds = std::max(0, seconds);
    if (m_autosaveSeconds > 0)
        m_autosave.start(m_autosaveSeconds * 1000);
    else
        m_autosave.stop();
}

void DocumentGuard::keepMine()
{
    m_externalChange = false;
    // That version is known now; ours replaces it on save.
    m_diskHash = QtConcurrent::run([path = m_path] { return readDisk(path).hash; });
}

void DocumentGuard::watchPath()
{
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (m_path.isEmpty())
        return;
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
    m_watcher.addPath(QFileInfo(m_path).absolutePath()); // to see it vanish and come back
}

DocumentGuard::DiskState DocumentGuard::readDisk(const QString &path)
{
    QFile file(path);
    DiskState state {path, file.exists(), {}};
    if (state.exists && file.open(QIODevice::ReadOnly)) {
        state.hash = hashOf(file.readAll());
    } else if (!state.exists && path.contains(QChar::ReplacementCharacter)) {
        // A name that is not UTF-8 exists only by its raw bytes, which the loader finds.
        const Core::LoadedArticle loaded = Core::ArticleFile::load(path);
        state.exists = loaded.ok;
        state.hash = loaded.ok ? hashOf(loaded.bytes) : QByteArray();
    }
    return state;
}

void DocumentGuard::checkDisk()
{
    if (m_path.isEmpty())
        return;
    m_diskState.setFuture(QtConcurrent::run(readDisk, m_path));
}

void DocumentGuard::takeDiskState()
{
    const DiskState state = m_diskState.result();
    if (state.path != m_path) {
        Q_EMIT checked();
        return; // another file meanwhile
    }
    if (!state.exists) {
        if (!m_deleted && m_diskExists) {
            m_deleted = true;
            Q_EMIT deletedOnDisk();
        }
        watchPath();
        Q_EMIT checked();
        return;
    }
    if (!m_watcher.files().contains(m_path))
        watchPath();
    const bool wasDeleted = m_deleted;
    m_deleted = false;
    if (state.hash.isEmpty() || state.hash == m_diskHash.result()) {
        if (wasDeleted)
            Q_EMIT reappearedOnDisk();
        Q_EMIT checked();
        return;
    }
    m_diskHash = QtFuture::makeReadyFuture(state.hash); // report each version once
    m_externalChange = true;
    qCInfo(lcGuard) << "changed on disk:" << m_path;
    Q_EMIT changedOnDisk();
    Q_EMIT checked();
}

void DocumentGuard::textChanged()
{
    if (!m_journal || m_journalId.isEmpty())
        return;
    if (!m_journalTimer.isActive())
        m_journalTimer.start(); // not restarted by further typing: at most two seconds behind
}

void DocumentGuard::writeJournal()
{
    if (!m_journal)
        return;
    if (!m_document->isModified()) {
        if (m_journalled) {
            const QString id = m_journalId;
            m_writer.start([journal = m_journal, id] { journal->remove(id); });
            m_journalled = false;
        }
        return;
    }
    m_journalled = true;
    m_writer.start([this, journal = m_journal, id = m_journalId, path = m_path, text = m_text()] {
        QString error;
        if (!journal->write(id, path, text, &error))
            qCWarning(lcGuard) << "cannot write the recovery journal:" << error;
        // Dropped if the guard is gone by then.
        QMetaObject::invokeMethod(
            this, [this, error] { takeJournalResult(error); }, Qt::QueuedConnection);
    });
}

void DocumentGuard::takeJournalResult(const QString &error)
{
    const bool failedBefore = !m_journalError.isEmpty();
    m_journalError = error;
    if (!error.isEmpty() && !failedBefore)
        Q_EMIT journalFailed(error);
}

void DocumentGuard::journalNow()
{
    m_journalTimer.stop();
    writeJournal();
    waitForJournal();
}

void DocumentGuard::waitForJournal()
{
    m_writer.waitForDone();
}

} // namespace Byline::WidgetUi
