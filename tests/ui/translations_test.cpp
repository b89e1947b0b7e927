#include "testdesk.h"
#include "testfiles.h"

#include <article/articlefile.h>
#include <i18n/translations.h>
#include <ui/shell/mainwindow.h>

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Byline::WidgetUi;
namespace Translations = Byline::Core::Translations;

namespace {

const QString englishSource = QStringLiteral(BYLINE_TRANSLATIONS_DIR "/byline_en.ts");
const QString marker = QStringLiteral("⟦");

// A pseudo-translation of byline_en.ts: every text becomes ⟦text⟧, so any text on screen that
// did not go through the translation (or went with the wrong context) stands out. Edited as text:
// a source may hold <byte/> elements (a carriage return), which the translation keeps as they are.
QByteArray pseudoTranslation(const QByteArray &source, const QString &language)
{
    static const QRegularExpression message(
        QStringLiteral(
            R"(<message( numerus="yes")?>(\s*)<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>)"),
        QRegularExpression::DotMatchesEverythingOption);
    QString text = QString::fromUtf8(source);
    text.replace(QStringLiteral(R"(language="en")"), QStringLiteral(R"(language="%1")").arg(language));
    QString out;
    qsizetype from = 0;
    for (auto it = message.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString pseudo = marker + match.captured(3) + QStringLiteral("⟧");
        // German has two plural forms, like English.
        const QString translation = match.capturedLength(1) > 0
            ? QStringLiteral("<numerusform>%1</numerusform><numerusform>%1</numerusform>").arg(pseudo)
            : pseudo;
        out += QStringView(text).mid(from, match.capturedStart() - from);
        out += QStringLiteral("<message%1>%2<source>%3</source><translation>%4</translation>")
                   .arg(match.captured(1), match.captured(2), match.captured(3), translation);
        from = match.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out.toUtf8();
}

// Every text of the menus but the names they list (recent files and libraries, dictionaries).
QStringList untranslatedMenuTexts(const QMenuBar *bar)
{
    static const QStringList listsOfNames
        = {QStringLiteral("Open &Recent"), QStringLiteral("Recent Li&braries"), QStringLiteral("Spelling &Language")};
    QStringList untranslated;
    std::function<void(const QMenu *)> visit = [&](const QMenu *menu) {
        if (!menu->title().startsWith(marker))
            untranslated.append(menu->title());
        const bool names = std::any_of(listsOfNames.cbegin(), listsOfNames.cend(),
                                       [menu](const QString &list) { return menu->title().contains(list); });
        for (QAction *action : menu->actions()) {
            if (action->menu())
                visit(action->menu());
            else if (!names && !action->isSeparator() && !action->text().startsWith(marker))
                untranslated.append(action->text());
        }
    };
    for (QAction *action : bar->actions())
        visit(action->menu());
    return untranslated;
}

} // namespace

// The translations are loaded from the system language and reach every text: the window's menus
// and panels and the core's messages. A pseudo-translation compiled from byline_en.ts by the real
// lrelease stands in for a translator's file.
class TranslationsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void english_isBuiltIn();
    void aLanguageWithoutAFile_keepsEnglish();
    void translatorsFile_isFoundFromTheLocale();
    void window_showsOnlyTranslatedTexts();
    void coreMessages_areTranslated();

private:
    QTemporaryDir m_home;
    QTemporaryDir m_translations;
};

void TranslationsTest::initTestCase()
{
    useTestHome(m_home, QStringLiteral("byline-translations-test"));

    const QString ts = m_translations.filePath(QStringLiteral("byline_de.ts"));
    write(ts, pseudoTranslation(readAll(englishSource), QStringLiteral("de")));
    QProcess lrelease;
    lrelease.start(QStringLiteral(BYLINE_LRELEASE),
                   {QStringLiteral("-silent"), ts, QStringLiteral("-qm"),
                    m_translations.filePath(QStringLiteral("byline_de.qm"))});
    QVERIFY(lrelease.waitForFinished(60000));
    QCOMPARE(lrelease.exitCode(), 0);
}

void TranslationsTest::cleanup()
{
    // Each test installs its own; remove them so the next starts from English.
    for (QTranslator *translator : qApp->findChildren<QTranslator *>())
        delete translator;
}

void TranslationsTest::english_isBuiltIn()
{
    QVERIFY(QFile::exists(QStringLiteral(":/byline/i18n/byline_en.qm")));
    QVERIFY(Translations::install(qApp, QLocale(QStringLiteral("en_GB"))));
    QCOMPARE(QCoreApplication::translate("Byline::WidgetUi::MainWindow", "&File"), QStringLiteral("&File"));
    // English plurals come from byline_en.ts.
    QCOMPARE(QCoreApplication::translate("Byline::WidgetUi::ExportDialog", "Export %n Articles", nullptr, 1),
             QStringLiteral("Export 1 Article"));
    QCOMPARE(QCoreApplication::translate("Byline::WidgetUi::ExportDialog", "Export %n Articles", nullptr, 3),
             QStringLiteral("Export 3 Articles"));
}

void TranslationsTest::aLanguageWithoutAFile_keepsEnglish()
{
    QVERIFY(!Translations::install(qApp, QLocale(QStringLiteral("fi_FI"))));
    QCOMPARE(QCoreApplication::translate("Byline::WidgetUi::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(QCoreApplication::translate("Byline::WidgetUi::ExportDialog", "Export %n Articles", nullptr, 1),
             QStringLiteral("Export 1 Article"));
}

void TranslationsTest::translatorsFile_isFoundFromTheLocale()
{
    // de_AT has no file of its own: the German one serves.
    QVERIFY(Translations::install(qApp, QLocale(QStringLiteral("de_AT")), m_translations.path()));
    QCOMPARE(QCoreApplication::translate("Byline::WidgetUi::MainWindow", "&File"), QStringLiteral("⟦&File⟧"));
}

void TranslationsTest::window_showsOnlyTranslatedTexts()
{
    QVERIFY(Translations::install(qApp, QLocale(QStringLiteral("de_DE")), m_translations.path()));
    TestWindow desk;
    MainWindow &window = desk.window;
    window.openPath(QStringLiteral(BYLINE_SAMPLES_DIR));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!desk.session().path().isEmpty() && !desk.session().isLoading()); // the library's first article

    const QStringList menus = untranslatedMenuTexts(window.menuBar());
    QVERIFY2(menus.isEmpty(), qPrintable(menus.join(QLatin1String(" | "))));
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(dock->windowTitle().startsWith(marker), qPrintable(dock->windowTitle()));
}

void TranslationsTest::coreMessages_areTranslated()
{
    QVERIFY(Translations::install(qApp, QLocale(QStringLiteral("de_DE")), m_translations.path()));
    const auto loaded = Byline::Core::ArticleFile::load(m_home.filePath(QStringLiteral("gone.md")));
    QVERIFY(!loaded.ok);
    const QString message = loaded.diagnostics().constFirst().message;
    QVERIFY2(message.startsWith(marker), qPrintable(message));
}

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
