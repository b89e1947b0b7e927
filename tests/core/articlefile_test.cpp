#include <article/articlefile.h>

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Byline::Core;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Makes writes past `bytes` fail with EFBIG, like a full disk, for as long as it lives.
// Works for root too, unlike permissions.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_saved {};
};

// A file whose name is not UTF-8, written and removed with raw bytes: Qt can do neither.
class RawFile final
{
public:
    RawFile(const QTemporaryDir &dir, const QByteArray &name, const QByteArray &bytes)
        : m_path(QFile::encodeName(dir.path()) + '/' + name)
    {
        const int fd = ::open(m_path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, bytes.constData(), size_t(bytes.size())), ssize_t(bytes.size()));
        ::close(fd);
    }
    ~RawFile() { ::unlink(m_path.constData()); }
    RawFile(const RawFile &) = delete;
    RawFile &operator=(const RawFile &) = delete;

    // The name as Qt decodes it, with U+FFFD for each byte that is not UTF-8.
    [[nodiscard]] QString asQtSeesIt() const { return QFile::decodeName(m_path); }

private:
    QByteArray m_path;
};

} // namespace

class ArticleFileTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void load_sample_readsMetadataAndBody();
    void saveUnchanged_isByteIdentical_data();
    void saveUnchanged_isByteIdentical();
    void load_missingFile_saysSo();
    void load_folder_saysOpenAsLibrary();
    void load_binaryFile_refusesWithMessage();
    void load_hugeFile_refusesWithoutReading();
    void load_damagedUtf8_opensReadOnly();
    void load_malformedFrontMatter_opensWithError();
    void save_diskFull_keepsOriginalAndReportsError();
    void save_missingFolder_reportsError();
    void save_readOnlyFolder_keepsOriginalAndReportsError();
    void load_fifoOrDevice_isRefusedWithoutBlocking();
    void save_throughSymlink_updatesTheTargetAndKeepsTheLink();
    void save_keepsThePermissionsOfTheFile();
    void load_nameNotUtf8_opensReadOnlyAndSaysWhy();
    void load_namesNotUtf8ThatLookAlike_areNamed();
};

void ArticleFileTest::load_sample_readsMetadataAndBody()
{
    const LoadedArticle loaded = ArticleFile::load(QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md"));
    QVERIFY(loaded.ok);
    QVERIFY(loaded.diagnostics().isEmpty());
    QVERIFY(!loaded.readOnly);
    const ArticleMetadata meta = loaded.article.metadata();
    QCOMPARE(meta.title, QStringLiteral("oVirt at Last"));
    QCOMPARE(meta.authors, QStringList {QStringLiteral("Jason Brooks")});
    QCOMPARE(meta.date->date, QDate(2011, 11, 15));
    QCOMPARE(meta.tags, (QStringList {QStringLiteral("virtualization"), QStringLiteral("open source")}));
    QCOMPARE(loaded.article.bodyFirstLine(), 8);
    QVERIFY(loaded.article.body().startsWith(QLatin1String("\n# oVirt at Last")));
}

void ArticleFileTest::saveUnchanged_isByteIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf") << QByteArray("---\ntitle: T\n---\nBody\n");
    QTest::newRow("crlf") << QByteArray("---\r\ntitle: T\r\n---\r\n\r\nBody\r\n");
    QTest::newRow("bom crlf") << QByteArray("\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\nBody");
    QTest::newRow("no final newline") << QByteArray("---\ntitle: T\n---");
    QTest::newRow("toml") << QByteArray("+++\ntitle = \"T\"\n+++\nBody\n");
}

void ArticleFileTest::saveUnchanged_isByteIdentical()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.md"));
    writeAll(path, bytes);
    const LoadedArticle loaded = ArticleFile::load(path);
    QVERIFY(loaded.ok);
    QCOMPARE(loaded.article.toText(), loaded.text);
    const SaveResult saved = ArticleFile::save(path, loaded.article.toText(), loaded.encoding);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(readAll(path), bytes);
}

void ArticleFileTest::load_missingFile_saysSo()
{
    const LoadedArticle loaded = ArticleFile::load(QStringLiteral("/nonexistent/folder/article.md"));
    QVERIFY(!loaded.ok);
    QCOMPARE(loaded.diagnostics().size(), 1);
    QVERIFY(loaded.diagnostics().first().message.contains(QLatin1String("does not exist")));
}

void ArticleFileTest::load_folder_saysOpenAsLibrary()
{
    QTemporaryDir dir;
    const LoadedArticle loaded = ArticleFile::load(dir.path());
    QVERIFY(!loaded.ok);
    QVERIFY(loaded.diagnostics().first().message.contains(QLatin1String("library")));
}

void ArticleFileTest::load_binaryFile_refusesWithMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("photo.md"));
    writeAll(path, QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16));
    const LoadedArticle loaded = ArticleFile::load(path);
    QVERIFY(!loaded.ok);
    QVERIFY(loaded.diagnostics().first().message.contains(QLatin1String("binary")));
    QCOMPARE(readAll(path).size(), 16);
}

void ArticleFileTest::load_hugeFile_refusesWithoutReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(ArticleFile::maxBytes + 1)); // sparse: costs no disk
    file.close();
    const LoadedArticle loaded = ArticleFile::load(path);
    QVERIFY(!loaded.ok);
    QCOMPARE(loaded.diagnostics().size(), 1);
    QVERIFY2(loaded.diagnostics().first().message.contains(QLatin1String("larger than")),
             qPrintable(loaded.diagnostics().first().message));
}

void ArticleFileTest::load_damagedUtf8_opensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.md"));
    writeAll(path, "---\ntitle: Caf\xC3\xA9\n---\nbad \xFF byte\n");
    const LoadedArticle loaded = ArticleFile::load(path);
    QVERIFY(loaded.ok);
    QVERIFY(loaded.readOnly);
    QCOMPARE(loaded.article.metadata().title, QString::fromUtf8("Café"));
    QCOMPARE(loaded.diagnostics().first().line, 4);
}

void ArticleFileTest::load_malformedFrontMatter_opensWithError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("2020-02-03-broken-front-matter.md"));
    writeAll(path, "---\ntitle: [oops\n---\nThe body survives.\n");
    const LoadedArticle loaded = ArticleFile::load(path);
    QVERIFY(loaded.ok);
    QVERIFY(hasErrors(loaded.diagnostics()));
    QVERIFY(loaded.article.body().contains(QLatin1String("The body survives.")));
    const ArticleMetadata meta = loaded.article.metadata();
    QCOMPARE(meta.title, QStringLiteral("Broken front matter"));
    QCOMPARE(meta.date->date, QDate(2020, 2, 3));
}

void ArticleFileTest::save_diskFull_keepsOriginalAndReportsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("column.md"));
    const QByteArray original = "---\ntitle: Original\n---\nShort.\n";
    writeAll(path, original);
    SaveResult saved;
    {
        const FileSizeLimit limit(1024);
        saved = ArticleFile::save(path, QString(qsizetype(64) * 1024, QLatin1Char('x')));
    }
    QVERIFY(!saved.ok);
    QVERIFY(saved.error.contains(path));
    QVERIFY(saved.error.contains(QLatin1String("unchanged")));
    QCOMPARE(readAll(path), original);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("column.md")}); // no temp left
}

void ArticleFileTest::save_missingFolder_reportsError()
{
    QTemporaryDir dir;
    const SaveResult saved = ArticleFile::save(dir.filePath(QStringLiteral("gone/column.md")), QStringLiteral("x"));
    QVERIFY(!saved.ok);
    QVERIFY(!saved.error.isEmpty());
}

void ArticleFileTest::save_readOnlyFolder_keepsOriginalAndReportsError()
{
    if (geteuid() == 0)
        QSKIP("root ignores folder permissions; save_diskFull covers the failed write");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("column.md"));
    writeAll(path, "original");
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const SaveResult saved = ArticleFile::save(path, QStringLiteral("new text"));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!saved.ok);
    QCOMPARE(readAll(path), QByteArray("original"));
}

void ArticleFileTest::load_fifoOrDevice_isRefusedWithoutBlocking()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe.md"));
    QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const LoadedArticle fromFifo = ArticleFile::load(fifo); // would block forever if opened
    QVERIFY(!fromFifo.ok);
    QVERIFY(fromFifo.diagnostics().first().message.contains(QLatin1String("not a regular file")));
    QVERIFY(!ArticleFile::load(QStringLiteral("/dev/zero")).ok);
}

void ArticleFileTest::save_throughSymlink_updatesTheTargetAndKeepsTheLink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.md"));
    const QString link = dir.filePath(QStringLiteral("link.md"));
    writeAll(target, "old\n");
    QVERIFY(QFile::link(target, link));
    QVERIFY(ArticleFile::save(link, QStringLiteral("new\n")).ok);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(readAll(target), QByteArray("new\n"));
}

void ArticleFileTest::save_keepsThePermissionsOfTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.md"));
    writeAll(path, "old\n");
    const auto permissions
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther;
    QVERIFY(QFile::setPermissions(path, permissions));
    QVERIFY(ArticleFile::save(path, QStringLiteral("new\n")).ok);
    QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser), permissions);
}

void ArticleFileTest::load_nameNotUtf8_opensReadOnlyAndSaysWhy()
{
    QTemporaryDir dir;
    const RawFile latin1(dir, "caf\xE9-column.md", "---\ntitle: The Café\n---\nBody text.\n"); // Latin-1 "café"
    const QString asQtSeesIt = latin1.asQtSeesIt();
    QVERIFY(asQtSeesIt.contains(QChar::ReplacementCharacter));
    QVERIFY(!QFileInfo::exists(asQtSeesIt));

    const LoadedArticle loaded = ArticleFile::load(asQtSeesIt);
    QVERIFY2(loaded.ok, qPrintable(loaded.diagnostics().value(0).message));
    QVERIFY(loaded.readOnly);
    QCOMPARE(loaded.article.metadata().title, QString::fromUtf8("The Café"));
    QCOMPARE(loaded.text, QString::fromUtf8("---\ntitle: The Café\n---\nBody text.\n"));
    const QString message = loaded.diagnostics().value(0).message;
    QVERIFY2(message.contains(QLatin1String("not valid UTF-8")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("caf\\xE9-column.md")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("convmv")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("does not exist")));
}

void ArticleFileTest::load_namesNotUtf8ThatLookAlike_areNamed()
{
    QTemporaryDir dir;
    const RawFile acute(dir, "caf\xE9.md", "one\n");
    const RawFile grave(dir, "caf\xE8.md", "two\n");
    const LoadedArticle loaded = ArticleFile::load(acute.asQtSeesIt());
    QVERIFY(!loaded.ok);
    QVERIFY2(loaded.diagnostics().value(0).message.contains(QLatin1String("several files")),
             qPrintable(loaded.diagnostics().value(0).message));
}

QTEST_GUILESS_MAIN(ArticleFileTest)
#include "articlefile_test.moc"
