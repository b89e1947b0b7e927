#include "articlewriter.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Byline::WidgetUi {

ArticleWriter::ArticleWriter(QObject *parent)
    : QObject(parent)
{
    m_thread.setMaxThreadCount(1);
    m_thread.setObjectName(QStringLiteral("article writer"));
}

ArticleWriter::~ArticleWriter()
{
    m_thread.waitForDone();
}

void ArticleWriter::write(const QString &path, const QString &text, const Core::FileEncoding &encoding, Written then)
{
    ++m_writing;
    auto *watcher = new QFutureWatcher<Core::SaveResult>(this);
    connect(watcher, &QFutureWatcher<Core::SaveResult>::finished, this, [this, watcher, then = std::move(then)] {
        watcher->deleteLater();
        --m_writing;
        then(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run(&m_thread, [path, text, encoding] { return Core::ArticleFile::save(path, text, encoding); }));
}

} // namespace Byline::WidgetUi
