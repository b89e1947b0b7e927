#include <article/article.h>
#include <article/articlefile.h>
#include <library/libraryfiles.h>

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Byline::Core;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class LibraryFilesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newArticle_hasTheTemplatesFrontMatter();
    void newArticle_keepsTheLibrarysOwnTemplate();
    void fileNames_comeFromTitles_data();
    void fileNames_comeFromTitles();
    void create_neverReplacesAFile();
    void rename_keepsTheExtensionAndRefusesCollisions();
    void rename_refusesNamesThatHideOrEscape_data();
    void rename_refusesNamesThatHideOrEscape();
    void move_staysInsideTheLibrary();
    void trash_keepsTheFileRestorable();
    void status_isWrittenIntoTheFrontMatter();
    void status_leavesDamagedOrReadOnlyFilesAlone();
    void vanishedFiles_areReported();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QTemporaryDir m_library;
};

void LibraryFilesTest::initTestCase()
{
    // The desktop trash lives under XDG_DATA_HOME; this test's trash is its own.
    m_home = std::make_unique<QTemporaryDir>();
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
    QStandardPaths::setTestModeEnabled(false);
}

void LibraryFilesTest::init()
{
    QVERIFY(m_library.isValid());
    QDir dir(m_library.path());
    for (const QString &entry : dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        QVERIFY(QFileInfo(dir.filePath(entry)).isDir() ? QDir(dir.filePath(entry)).removeRecursively()
                                                       : dir.remove(entry));
}

void LibraryFilesTest::newArticle_hasTheTemplatesFrontMatter()
{
    const QString text = LibraryFiles::articleText(
        m_library.path(), {QStringLiteral("Rain: a “forecast”"), QStringLiteral("Ann Lee"), QDate(2026, 11, 25), {}});
    const Article article = Article::fromText(text, QStringLiteral("rain.md"));
    const ArticleMetadata metadata = article.metadata();
    QCOMPARE(metadata.title, QStringLiteral("Rain: a “forecast”"));
    QCOMPARE(metadata.authors, QStringList {QStringLiteral("Ann Lee")});
    QVERIFY(metadata.date);
    QCOMPARE(metadata.date->date, QDate(2026, 11, 25));
    QCOMPARE(metadata.status, QStringLiteral("draft"));
    QVERIFY(text.startsWith(QLatin1String("---\n")));
    QVERIFY2(text.contains(QLatin1String("\ndate: 2026-11-25\n")), qPrintable(text));
    QVERIFY2(text.endsWith(QLatin1String("---\n\n")), qPrintable(text)); // the body starts on an empty line
    // No author given: no empty key
    QVERIFY(!LibraryFiles::articleText(m_library.path(), {QStringLiteral("T"), {}, QDate(2026, 1, 2), {}})
                 .contains(QLatin1String("author")));
}

void LibraryFilesTest::newArticle_keepsTheLibrarysOwnTemplate()
{
    write(LibraryFiles::templatePath(m_library.path()),
          "---\ntitle: TITLE\npublication: The Courier\n# the desk's own keys\ntags: [column]\nwords: 800\n"
          "status: idea\n---\n\n## Standfirst\n\nText.\n");
    const QString text = LibraryFiles::articleText(
        m_library.path(),
        {QStringLiteral("Tides"), QStringLiteral("Bo Chen"), QDate(2026, 3, 4), QStringLiteral("en")});
    const ArticleMetadata metadata = Article::fromText(text).metadata();
    QCOMPARE(metadata.title, QStringLiteral("Tides"));
    QCOMPARE(metadata.publication, QStringLiteral("The Courier"));
    QCOMPARE(metadata.tags, QStringList {QStringLiteral("column")});
    QCOMPARE(metadata.targetWords, 800);
    QCOMPARE(metadata.status, QStringLiteral("draft"));
    QCOMPARE(metadata.lang, QStringLiteral("en"));
    QVERIFY(text.contains(QLatin1String("# the desk's own keys\n")));
    QVERIFY(text.endsWith(QLatin1String("## Standfirst\n\nText.\n")));
    // The template itself is hidden from the library and never changed
    QVERIFY(read(LibraryFiles::templatePath(m_library.path())).contains("title: TITLE"));
}

void LibraryFilesTest::fileNames_comeFromTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::newRow("words") << QStringLiteral("oVirt, at Last!") << QStringLiteral("ovirt-at-last.md");
    QTest::newRow("apostrophes") << QStringLiteral("Don’t panic: it's Monday")
                                 << QStringLiteral("dont-panic-its-monday.md");
    QTest::newRow("accents") << QStringLiteral("Café crème à Genève") << QStringLiteral("cafe-creme-a-geneve.md");
    QTest::newRow("other scripts") << QStringLiteral("Привет, мир") << QStringLiteral("привет-мир.md");
    QTest::newRow("ideographs") << QStringLiteral("東京の雨") << QStringLiteral("東京の雨.md");
    QTest::newRow("nothing usable") << QStringLiteral(" ../ *?* ") << QStringLiteral("untitled.md");
    QTest::newRow("long") << QString(QStringLiteral("word ").repeated(40))
                          << QString(QStringLiteral("word-").repeated(11) + QStringLiteral("word.md"));
}

void LibraryFilesTest::fileNames_comeFromTitles()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    QCOMPARE(LibraryFiles::fileNameFor(m_library.path(), title), name);
}

void LibraryFilesTest::create_neverReplacesAFile()
{
    const QString folder = m_library.filePath(QStringLiteral("columns"));
    write(folder + QStringLiteral("/tides.md"), "mine\n");
    const FileChange first
        = LibraryFiles::create(m_library.path(), folder, {QStringLiteral("Tides"), {}, QDate(2026, 3, 4), {}});
    QVERIFY2(first.ok, qPrintable(first.error));
    QCOMPARE(first.path, QDir(folder).filePath(QStringLiteral("tides-2.md")));
    QCOMPARE(read(folder + QStringLiteral("/tides.md")), QByteArray("mine\n"));
    const FileChange second = LibraryFiles::create(m_library.path(), folder, {QStringLiteral("Tides"), {}, {}, {}});
    QCOMPARE(QFileInfo(second.path).fileName(), QStringLiteral("tides-3.md"));
    QCOMPARE(Article::fromText(QString::fromUtf8(read(first.path))).metadata().title, QStringLiteral("Tides"));
}

void LibraryFilesTest::rename_keepsTheExtensionAndRefusesCollisions()
{
    const QString path = m_library.filePath(QStringLiteral("a.md"));
    write(path, "# A\n");
    write(m_library.filePath(QStringLiteral("b.md")), "# B\n");
    FileChange change = LibraryFiles::rename(path, QStringLiteral(" better name "));
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(change.path, m_library.filePath(QStringLiteral("better name.md")));
    QVERIFY(!QFileInfo::exists(path));

    change = LibraryFiles::rename(change.path, QStringLiteral("b"));
    QVERIFY(!change.ok);
    QVERIFY2(change.error.contains(QStringLiteral("already a file named “b.md”")), qPrintable(change.error));
    QCOMPARE(read(m_library.filePath(QStringLiteral("b.md"))), QByteArray("# B\n"));
    QCOMPARE(read(m_library.filePath(QStringLiteral("better name.md"))), QByteArray("# A\n"));

    // An article extension given is an extension chosen: notes.txt → notes.md
    write(m_library.filePath(QStringLiteral("notes.txt")), "plain\n");
    change = LibraryFiles::rename(m_library.filePath(QStringLiteral("notes.txt")), QStringLiteral("notes.md"));
    QVERIFY(change.ok);
    QCOMPARE(QFileInfo(change.path).fileName(), QStringLiteral("notes.md"));
    // "v1.2" is not an extension
    change = LibraryFiles::rename(change.path, QStringLiteral("notes v1.2"));
    QCOMPARE(QFileInfo(change.path).fileName(), QStringLiteral("notes v1.2.md"));
}

void LibraryFilesTest::rename_refusesNamesThatHideOrEscape_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QStringLiteral("  ");
    QTest::newRow("slash") << QStringLiteral("../elsewhere");
    QTest::newRow("hidden") << QStringLiteral(".secret");
    QTest::newRow("backup") << QStringLiteral("draft.md~");
    QTest::newRow("too long") << QString(300, QLatin1Char('x'));
}

void LibraryFilesTest::rename_refusesNamesThatHideOrEscape()
{
    QFETCH(QString, name);
    const QString path = m_library.filePath(QStringLiteral("a.md"));
    write(path, "# A\n");
    const FileChange change = LibraryFiles::rename(path, name);
    QVERIFY(!change.ok);
    QVERIFY(change.error.startsWith(QLatin1String("Cannot rename")));
    QCOMPARE(QDir(m_library.path()).entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("a.md")});
}

void LibraryFilesTest::move_staysInsideTheLibrary()
{
    const QString path = m_library.filePath(QStringLiteral("a.md"));
    write(path, "# A\n");
    FileChange change = LibraryFiles::move(m_library.path(), path, QStringLiteral("2026/columns/"));
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(change.path, m_library.filePath(QStringLiteral("2026/columns/a.md")));
    QCOMPARE(read(change.path), QByteArray("# A\n"));

    for (const QString &outside : {QStringLiteral("../out"), QStringLiteral("/tmp"), QStringLiteral("a/../../out"),
                                   QStringLiteral(".hidden"), QStringLiteral("x/.git")}) {
        const FileChange refused = LibraryFiles::move(m_library.path(), change.path, outside);
        QVERIFY2(!refused.ok, qPrintable(outside));
        QVERIFY(QFileInfo::exists(change.path));
    }
    write(m_library.filePath(QStringLiteral("a.md")), "# Another A\n");
    const FileChange collision = LibraryFiles::move(m_library.path(), change.path, QString());
    QVERIFY(!collision.ok);
    QCOMPARE(read(m_library.filePath(QStringLiteral("a.md"))), QByteArray("# Another A\n"));
    QCOMPARE(read(change.path), QByteArray("# A\n"));
    // Back to the top, under its own name once that is free
    QVERIFY(QFile::remove(m_library.filePath(QStringLiteral("a.md"))));
    change = LibraryFiles::move(m_library.path(), change.path, QStringLiteral("."));
    QVERIFY(change.ok);
    QCOMPARE(change.path, m_library.filePath(QStringLiteral("a.md")));
}

void LibraryFilesTest::trash_keepsTheFileRestorable()
{
    const QString path = m_library.filePath(QStringLiteral("gone.md"));
    write(path, "# Gone\n");
    const FileChange change = LibraryFiles::moveToTrash(path);
    QVERIFY2(change.ok, qPrintable(change.error));
    QVERIFY(!QFileInfo::exists(path));
    // The freedesktop.org trash: the file under files/, where it came from under info/
    QVERIFY2(change.path.contains(QLatin1String("/Trash/files/")), qPrintable(change.path));
    QCOMPARE(read(change.path), QByteArray("# Gone\n"));
    const QString info = QFileInfo(change.path)
                             .dir()
                             .filePath(QStringLiteral("../info/%1.trashinfo"))
                             .arg(QFileInfo(change.path).fileName());
    QVERIFY(read(info).contains(QFile::encodeName(path)));
}

void LibraryFilesTest::status_isWrittenIntoTheFrontMatter()
{
    const QString yaml = m_library.filePath(QStringLiteral("yaml.md"));
    write(yaml, "---\ntitle: Y\n# kept\nstatus: draft\ntags: [a]\n---\n\nBody.\n");
    FileChange change = LibraryFiles::setStatus(yaml, QStringLiteral("review"));
    QVERIFY2(change.ok, qPrintable(change.error));
    QCOMPARE(read(yaml), QByteArray("---\ntitle: Y\n# kept\nstatus: review\ntags: [a]\n---\n\nBody.\n"));

    const QString toml = m_library.filePath(QStringLiteral("toml.md"));
    write(toml, "+++\ntitle = \"T\"\n+++\nBody.\n");
    QVERIFY(LibraryFiles::setStatus(toml, QStringLiteral("approved")).ok);
    QCOMPARE(read(toml), QByteArray("+++\ntitle = \"T\"\nstatus = \"approved\"\n+++\nBody.\n"));

    const QString bare = m_library.filePath(QStringLiteral("bare.md"));
    write(bare, "# Bare\n\nText.\n");
    QVERIFY(LibraryFiles::setStatus(bare, QStringLiteral("published")).ok);
    QCOMPARE(read(bare), QByteArray("---\nstatus: published\n---\n\n# Bare\n\nText.\n"));

    // The file's line endings survive; a legacy 8-bit file becomes UTF-8, as any save makes it
    const QString latin = m_library.filePath(QStringLiteral("latin.md"));
    write(latin, "---\r\ntitle: Caf\xe9\r\n---\r\n\r\nCr\xe8me.\r\n");
    QVERIFY(LibraryFiles::setStatus(latin, QStringLiteral("review")).ok);
    QCOMPARE(read(latin), QByteArray("---\r\ntitle: Caf\xc3\xa9\r\nstatus: review\r\n---\r\n\r\nCr\xc3\xa8me.\r\n"));
}

void LibraryFilesTest::status_leavesDamagedOrReadOnlyFilesAlone()
{
    const QString broken = m_library.filePath(QStringLiteral("broken.md"));
    const QByteArray brokenBytes = "---\ntitle: [unclosed\n---\nBody.\n";
    write(broken, brokenBytes);
    FileChange change = LibraryFiles::setStatus(broken, QStringLiteral("review"));
    QVERIFY(!change.ok);
    QVERIFY2(change.error.contains(QLatin1String("front matter has an error")), qPrintable(change.error));
    QCOMPARE(read(broken), brokenBytes);

    const QString plain = m_library.filePath(QStringLiteral("plain.txt"));
    write(plain, "Just text.\n");
    QVERIFY(!LibraryFiles::setStatus(plain, QStringLiteral("review")).ok);
    QCOMPARE(read(plain), QByteArray("Just text.\n"));

    // Bytes that cannot be decoded would be replaced by a save: refused
    const QString damaged = m_library.filePath(QStringLiteral("damaged.md"));
    const QByteArray damagedBytes = "---\ntitle: Caf\xc3\xa9\n---\nBad \xff byte.\n";
    write(damaged, damagedBytes);
    change = LibraryFiles::setStatus(damaged, QStringLiteral("review"));
    QVERIFY(!change.ok);
    QVERIFY(change.error.contains(QLatin1String("could not read")));
    QCOMPARE(read(damaged), damagedBytes);

    const QString locked = m_library.filePath(QStringLiteral("locked.md"));
    write(locked, "---\nstatus: draft\n---\n");
    QFile::setPermissions(locked, QFile::ReadOwner);
    if (QFileInfo(locked).isWritable())
        QSKIP("running as root: permissions are not enforced");
    change = LibraryFiles::setStatus(locked, QStringLiteral("review"));
    QVERIFY(!change.ok);
    QVERIFY(change.error.contains(QLatin1String("read-only")));
    QCOMPARE(read(locked), QByteArray("---\nstatus: draft\n---\n"));
}

void LibraryFilesTest::vanishedFiles_areReported()
{
    const QString missing = m_library.filePath(QStringLiteral("missing.md"));
    for (const FileChange &change :
         {LibraryFiles::rename(missing, QStringLiteral("x")), LibraryFiles::move(m_library.path(), missing, {}),
          LibraryFiles::moveToTrash(missing), LibraryFiles::setStatus(missing, QStringLiteral("draft"))}) {
        QVERIFY(!change.ok);
        QVERIFY2(change.error.contains(QLatin1String("no longer exists")), qPrintable(change.error));
    }
}

QTEST_GUILESS_MAIN(LibraryFilesTest)
#include "libraryfiles_test.moc"
