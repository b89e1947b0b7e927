#pragma once

#include <library/libraryindex.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Helpers the library index tests share: the go-blog corpus indexed, files written, searches.
namespace {

using namespace Byline::Core;

const QString goBlog = QStringLiteral(BYLINE_CORPUS_DIR);

// The go-blog corpus indexed into `cache`, in `index`; left empty when the corpus is not here.
inline void indexGoBlog(const QTemporaryDir &cache, std::unique_ptr<LibraryIndex> &index)
{
    if (!QFileInfo(goBlog).isDir())
        return;
    index = std::make_unique<LibraryIndex>(goBlog, cache.filePath(QStringLiteral("go-blog.sqlite")));
    QString error;
    QVERIFY2(index->open(&error), qPrintable(error));
    const IndexReport report = index->update();
    QCOMPARE(report.indexed, 338); // 337 posts and SOURCE.txt
    QVERIFY(report.failed.isEmpty());
    QCOMPARE(index->count(), 338);
}

inline void write(const QString &root, const QString &relative, const QByteArray &bytes)
{
    const QString path = QDir(root).filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

inline QStringList paths(const QList<SearchHit> &hits)
{
    QStringList list;
    for (const SearchHit &hit : hits)
        list.append(hit.article.path);
    return list;
}

inline QList<SearchHit> find(const LibraryIndex &index, const QString &text, int limit = 20)
{
    return index.search(SearchQuery::parse(text), limit);
}

} // namespace
