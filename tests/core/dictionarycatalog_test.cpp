#include <spell/dictionarycatalog.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Byline::Core::DictionaryCatalog;

class DictionaryCatalogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installedDictionaries_areFoundAndNamed();
    void find_acceptsTheWaysArticlesWriteALanguage();
    void userFolder_comesFirst();
    void incompletePairs_areSkipped();
};

void DictionaryCatalogTest::installedDictionaries_areFoundAndNamed()
{
    const DictionaryCatalog catalog(DictionaryCatalog::standardFolders(QString()));
    const auto english = catalog.find(QStringLiteral("en_US"));
    QVERIFY2(english, "hunspell-en-us is installed by packaging/install-deps.sh");
    QCOMPARE(english->affPath, QStringLiteral("/usr/share/hunspell/en_US.aff"));
    QCOMPARE(english->languageName(), QStringLiteral("English (United States)"));
    QCOMPARE(english->languageTag(), QStringLiteral("en-US"));
}

void DictionaryCatalogTest::find_acceptsTheWaysArticlesWriteALanguage()
{
    const DictionaryCatalog catalog(DictionaryCatalog::standardFolders(QString()));
    for (const char *language : {"en-US", "en_US", "en_us", " EN-us ", "en"})
        QCOMPARE(catalog.find(QString::fromLatin1(language))->code, QStringLiteral("en_US"));
    QVERIFY(!catalog.find(QStringLiteral("xx")));
    QVERIFY(!catalog.find(QString()));
    QCOMPARE(DictionaryCatalog::normalizedCode(QStringLiteral("de-CH")), QStringLiteral("de_CH"));
    QCOMPARE(DictionaryCatalog::normalizedCode(QStringLiteral("de_DE_frami")), QStringLiteral("de_DE_frami"));
}

void DictionaryCatalogTest::userFolder_comesFirst()
{
    QTemporaryDir user;
    for (const char *name : {"en_US.aff", "en_US.dic", "xx_XX.aff", "xx_XX.dic"}) {
        QFile file(user.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(name).endsWith(".dic") ? "1\nword\n" : "SET UTF-8\n");
    }
    const DictionaryCatalog catalog(DictionaryCatalog::standardFolders(user.path()));
    QCOMPARE(catalog.find(QStringLiteral("en-US"))->affPath, user.filePath(QStringLiteral("en_US.aff")));
    QCOMPARE(catalog.find(QStringLiteral("xx"))->code, QStringLiteral("xx_XX"));
    QCOMPARE(catalog.find(QStringLiteral("xx"))->languageName(), QStringLiteral("xx_XX")); // unknown: the code
    qsizetype englishCount = 0;
    for (const auto &info : catalog.dictionaries())
        englishCount += info.code == QLatin1String("en_US") ? 1 : 0;
    QCOMPARE(englishCount, 1);
}

void DictionaryCatalogTest::incompletePairs_areSkipped()
{
    QTemporaryDir folder;
    QFile aff(folder.filePath(QStringLiteral("fr_FR.aff")));
    QVERIFY(aff.open(QIODevice::WriteOnly)); // no .dic beside it
    const DictionaryCatalog catalog({folder.path()});
    QVERIFY(catalog.dictionaries().isEmpty());
}

QTEST_GUILESS_MAIN(DictionaryCatalogTest)
#include "dictionarycatalog_test.moc"
