#pragma once

#include <article/articlefile.h>

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

class QTextDocument;

namespace Byline::WidgetUi {

// Puts a file's text into a QTextDocument without stalling the window: the file is read and
// decoded on a worker, then the text goes into the document a slice at a time, a few
// milliseconds per turn of the event loop, so a 5 MB manuscript shows its beginning at once and
// the window answers while the rest arrives. A newer load replaces one under way.
class DocumentLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentLoader)

public:
    explicit DocumentLoader(QTextDocument *document, QObject *parent = nullptr);
    ~DocumentLoader() override;

    // Reads `path` (absolute); read() or failed() follow, then, once the text is in, filled().
    void load(const QString &path);
    // Forgets a load under way; the document keeps whatever already arrived.
    void cancel();
    [[nodiscard]] bool isFilling() const { return !m_text.isEmpty(); }

Q_SIGNALS:
    // The file was read; its text replaces the document's from now on.
    void read(const QString &path, const Byline::Core::LoadedArticle &loaded);
    void failed(const QString &path, const QString &message);
    void filled(const QString &path);

private:
    void takeRead();
    void fillNext();

    QTextDocument *m_document;
    QFutureWatcher<Core::LoadedArticle> m_reader;
    QString m_reading; // the path being read; empty when none is
    QString m_filling; // the path whose text is going in
    QString m_text; // its text, until all of it is in
    qsizetype m_from = 0;
    QTimer m_next;
};

} // namespace Byline::WidgetUi
