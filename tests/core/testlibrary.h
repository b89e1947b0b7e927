#pragma once

#include <library/libraryindex.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Helpers the library index tests share: the go-blog corpus indexed, files written, searches,
// a database damaged.
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

// `count` short columns about a harbour, all drafts, dated through January 2026.
inline void writeColumns(const QString &root, int count)
{
    for (int i = 0; i < count; ++i) {
        write(root, QStringLiteral("column-%1.md").arg(i),
              QStringLiteral("---\ntitle: Column %1\nstatus: draft\ndate: 2026-01-%2\n---\n\nThe harbour at "
                             "dawn, number %1, with gulls and ferries and the long grey water.\n")
                  .arg(i)
                  .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                  .toUtf8());
    }
}

// Damages an index database as a failing disk would: the schema on its first page survives, the
// pages of rows and text after it do not. Works on a database that is open elsewhere.
inline void damageAfterSchema(const QString &database)
{
    QFile file(database);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > qint64(64) * 1024);
    QVERIFY(file.seek(8192));
    file.write(QByteArray(int(file.size()) - 8192, '\x5a'));
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
