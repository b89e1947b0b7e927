#include "documentloader.h"

#include <QElapsedTimer>
#include <QTextCursor>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

namespace {

// How much text goes in at a time, and for how long a turn of the event loop keeps taking slices:
// each slice is laid out and highlighted as it arrives.
constexpr qsizetype sliceLength = qsizetype(16) * 1024;
constexpr qint64 budgetMs = 6;

} // namespace

DocumentLoader::DocumentLoader(QTextDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_next.setSingleShot(true);
    m_next.setInterval(0);
    connect(&m_next, &QTimer::timeout, this, &DocumentLoader::fillNext);
    connect(&m_reader, &QFutureWatcher<Core::LoadedArticle>::finished, this, &DocumentLoader::takeRead);
}

DocumentLoader::~DocumentLoader()
{
    m_reader.waitForFinished();
}

void DocumentLoader::load(const QString &path)
{
    m_reading = path;
    m_reader.setFuture(QtConcurrent::run([path] { return Core::ArticleFile::load(path); }));
}

void DocumentLoader::cancel()
{
    m_reading.clear();
    m_next.stop();
    m_text.clear();
    m_filling.clear();
}

void DocumentLoader::takeRead()
{
    const QString path = std::exchange(m_reading, {});
    if (path.isEmpty() || m_reader.future().resultCount() == 0)
        return; // cancelled meanwhile
    const Core::LoadedArticle loaded = m_reader.result();
    if (!loaded.ok) {
        const Core::Diagnostics problems = loaded.diagnostics();
        Q_EMIT failed(path, problems.isEmpty() ? QString() : problems.constFirst().message);
        return;
    }
    m_next.stop(); // a file still arriving is replaced by this one
    m_filling = path;
    m_text = loaded.text;
    m_from = 0;
    Q_EMIT read(path, loaded);
    if (m_text.isEmpty()) {
        m_document->setPlainText({});
        Q_EMIT filled(std::exchange(m_filling, {}));
        return;
    }
    fillNext();
}

void DocumentLoader::fillNext()
{
    QElapsedTimer clock;
    clock.start();
    do {
        // Slices end at a line break, so no line is laid out twice.
        qsizetype end = std::min(m_from + sliceLength, m_text.size());
        if (end < m_text.size()) {
            const qsizetype lineEnd = m_text.indexOf(QLatin1Char('\n'), end);
            end = lineEnd < 0 ? m_text.size() : lineEnd + 1;
        }
        const QString slice = m_text.sliced(m_from, end - m_from);
        if (m_from == 0) {
            m_document->setPlainText(slice);
        } else {
            QTextCursor cursor(m_document);
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(slice);
        }
        m_document->setModified(false);
        m_from = end;
    } while (m_from < m_text.size() && clock.elapsed() < budgetMs);
    if (m_from < m_text.size()) {
        m_next.start();
        return;
    }
    m_text.clear();
    Q_EMIT filled(std::exchange(m_filling, {}));
}

} // namespace Byline::WidgetUi
