#include <spell/personaldictionary.h>
#include <spell/spellchecker.h>
#include <spell/spellservice.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Byline::Core::PersonalDictionary;
using Byline::Core::SpellChecker;
using Byline::Core::SpellService;

class SpellServiceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void personalDictionary_takesEffectAndPersists();
    void personalDictionary_keepsWordsAddedElsewhere();
    void personalDictionary_unwritable_reportsAndKeepsWords();
    void spellers_areLoadedOnceAndShared();
    void language_resolvesArticleThenDefault();
    void userFolder_dictionaryIsFound();
    void packageFor_namesTheDebianPackage();

private:
    QTemporaryDir m_data;
    [[nodiscard]] SpellService::Folders folders() const
    {
        return {m_data.filePath(QStringLiteral("dictionaries")), m_data.filePath(QStringLiteral("spelling"))};
    }
};

void SpellServiceTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("BylineTests"));
    QCoreApplication::setApplicationName(QStringLiteral("spellservice_test"));
    QSettings().clear();
    QVERIFY(m_data.isValid());
}

void SpellServiceTest::personalDictionary_takesEffectAndPersists()
{
    {
        SpellService service(folders());
        const auto english = service.resolve(QStringLiteral("en-US"));
        QVERIFY(english);
        const auto speller = service.speller(*english);
        QVERIFY(speller->isValid());
        QVERIFY(!SpellChecker(speller).isCorrect(u"oVirt"));
        QString error;
        QVERIFY2(service.addToPersonalDictionary(english->code, QStringLiteral("oVirt"), &error), qPrintable(error));
        QVERIFY(SpellChecker(speller).isCorrect(u"oVirt"));
        QVERIFY(SpellChecker(speller).isCorrect(u"oVirt’s"));
        // Another language's speller does not learn it.
        QVERIFY(!SpellChecker(service.speller(*service.resolve(QStringLiteral("en-GB")))).isCorrect(u"oVirt"));
    }
    QFile file(PersonalDictionary::pathFor(folders().personal, QStringLiteral("en_US")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("oVirt\n"));
    file.close();
    {
        // A new session (a new process) reads it back.
        SpellService service(folders());
        const auto speller = service.speller(*service.resolve(QStringLiteral("en_US")));
        QVERIFY(SpellChecker(speller).isCorrect(u"oVirt"));
        QVERIFY(service.removeFromPersonalDictionary(QStringLiteral("en_US"), QStringLiteral("oVirt")));
        QVERIFY(!SpellChecker(speller).isCorrect(u"oVirt"));
    }
}

void SpellServiceTest::personalDictionary_keepsWordsAddedElsewhere()
{
    const QString path = m_data.filePath(QStringLiteral("elsewhere/en_US.txt"));
    PersonalDictionary window(path);
    PersonalDictionary commandLine(path);
    QVERIFY(window.load());
    QVERIFY(commandLine.load());
    QVERIFY(window.add(QStringLiteral("vSphere")));
    QVERIFY(commandLine.add(QStringLiteral("Linspire")));
    QVERIFY(window.add(QStringLiteral("vSphere"))); // twice is once
    PersonalDictionary reader(path);
    QVERIFY(reader.load());
    QCOMPARE(reader.words(), QStringList({"Linspire", "vSphere"}));
}

void SpellServiceTest::personalDictionary_unwritable_reportsAndKeepsWords()
{
    // A file where the folder should be: no one, not even root, can write there.
    const QString blocker = m_data.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    PersonalDictionary dictionary(blocker + QStringLiteral("/en_US.txt"));
    QVERIFY(dictionary.load());
    QVERIFY(!dictionary.add(QStringLiteral("lost")));
    QVERIFY2(dictionary.errorString().contains(QLatin1String("cannot")), qPrintable(dictionary.errorString()));
    QVERIFY(dictionary.words().isEmpty());

    SpellService service({m_data.filePath(QStringLiteral("dictionaries")), blocker});
    QString error;
    QVERIFY(!service.addToPersonalDictionary(QStringLiteral("en_US"), QStringLiteral("lost"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!SpellChecker(service.speller(*service.resolve(QStringLiteral("en-US")))).isCorrect(u"qwzxq"));
}

void SpellServiceTest::spellers_areLoadedOnceAndShared()
{
    SpellService service(folders());
    const auto english = *service.resolve(QStringLiteral("en"));
    QCOMPARE(english.code, QStringLiteral("en_US"));
    QCOMPARE(service.speller(english).get(), service.speller(english).get());
}

void SpellServiceTest::language_resolvesArticleThenDefault()
{
    const SpellService service(folders());
    QCOMPARE(service.resolve(QStringLiteral("en_GB"))->code, QStringLiteral("en_GB"));
    QCOMPARE(service.resolve(QStringLiteral("en-gb"))->code, QStringLiteral("en_GB"));
    QVERIFY(!service.resolve(QStringLiteral("de")));
    QVERIFY(!service.resolve(QStringLiteral("en-NZ")));
    QSettings().setValue(QLatin1String(SpellService::languageKey), QStringLiteral("en-GB"));
    QCOMPARE(service.resolve(QString())->code, QStringLiteral("en_GB"));
    QSettings().remove(QLatin1String(SpellService::languageKey));
    QVERIFY(service.resolve(QString()));
}

void SpellServiceTest::userFolder_dictionaryIsFound()
{
    // A pair dropped in the user's folder is found, and wins over an installed one of that code.
    QVERIFY(QDir().mkpath(folders().dictionaries));
    for (const char *extension : {".aff", ".dic"}) {
        QFile::remove(folders().dictionaries + QLatin1String("/en_GB") + QLatin1String(extension));
        QVERIFY(QFile::copy(QLatin1String("/usr/share/hunspell/en_US") + QLatin1String(extension),
                            folders().dictionaries + QLatin1String("/en_GB") + QLatin1String(extension)));
    }
    SpellService service(folders());
    const auto british = service.resolve(QStringLiteral("en-GB"));
    QVERIFY(british);
    QVERIFY(british->affPath.startsWith(folders().dictionaries));
    QCOMPARE(british->languageName(), QStringLiteral("English (United Kingdom)"));
    QVERIFY(SpellChecker(service.speller(*british)).isCorrect(u"color")); // the dropped-in (American) words
}

void SpellServiceTest::packageFor_namesTheDebianPackage()
{
    QCOMPARE(SpellService::packageFor(QStringLiteral("de")), QStringLiteral("hunspell-de-de"));
    QCOMPARE(SpellService::packageFor(QStringLiteral("de-CH")), QStringLiteral("hunspell-de-ch"));
    QCOMPARE(SpellService::packageFor(QStringLiteral("en_GB")), QStringLiteral("hunspell-en-gb"));
    QCOMPARE(SpellService::packageFor(QStringLiteral("fr-FR")), QStringLiteral("hunspell-fr"));
    QCOMPARE(SpellService::packageFor(QStringLiteral("pl")), QStringLiteral("hunspell-pl"));
    QCOMPARE(SpellService::packageFor(QStringLiteral("pt-BR")), QStringLiteral("hunspell-pt-br"));
}

QTEST_GUILESS_MAIN(SpellServiceTest)
#include "spellservice_test.moc"
