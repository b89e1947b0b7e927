#include "bylineprocess.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

QString manPage()
{
    QFile file(QStringLiteral(BYLINE_MAN_PAGE));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The commands `byline --help` lists ("  byline stats FILE...").
QStringList commands()
{
    static const QRegularExpression line(QStringLiteral(R"(^  byline ([a-z]+)\b)"),
                                         QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = line.globalMatch(QString::fromUtf8(byline({QStringLiteral("--help")}).out)); it.hasNext();)
        names.append(it.next().captured(1));
    names.removeDuplicates();
    return names;
}

// Every long option a help text names, "--page-size" written as man writes it: "\-\-page\-size".
QStringList longOptions(const QString &help)
{
    static const QRegularExpression option(QStringLiteral(R"((?<![\w-])--[a-z][a-z-]*)"));
    QStringList names;
    for (auto it = option.globalMatch(help); it.hasNext();)
        names.append(it.next().captured().replace(QLatin1Char('-'), QStringLiteral("\\-")));
    names.removeDuplicates();
    return names;
}

} // namespace

// byline.1 keeps up with the program: every command and every option the help texts list is in
// it, so are the exit codes, and groff reads it without a warning.
class ManPageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommand_hasItsSection();
    void everyOption_isDescribed_data();
    void everyOption_isDescribed();
    void exitCodes_areListed();
    void groff_readsItWithoutWarnings();

private:
    QString m_page;
};

void ManPageTest::initTestCase()
{
    m_page = manPage();
    QVERIFY2(!m_page.isEmpty(), BYLINE_MAN_PAGE);
    QVERIFY(m_page.contains(QStringLiteral("\"Byline %1\"").arg(QStringLiteral(BYLINE_VERSION))));
}

void ManPageTest::everyCommand_hasItsSection()
{
    const QStringList names = commands();
    QVERIFY(names.size() >= 5);
    for (const QString &name : names)
        QVERIFY2(m_page.contains(QStringLiteral(".SS \"byline %1").arg(name)), qPrintable(name));
}

void ManPageTest::everyOption_isDescribed_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("byline") << QStringList {QStringLiteral("--help")};
    for (const QString &name : commands())
        QTest::newRow(qPrintable(name)) << QStringList {name, QStringLiteral("--help")};
}

void ManPageTest::everyOption_isDescribed()
{
    QFETCH(QStringList, arguments);
    const Run run = byline(arguments);
    QCOMPARE(run.exitCode, 0);
    const QStringList options = longOptions(QString::fromUtf8(run.out));
    QVERIFY(!options.isEmpty());
    for (const QString &option : options)
        QVERIFY2(m_page.contains(option), qPrintable(option));
}

void ManPageTest::exitCodes_areListed()
{
    const qsizetype section = m_page.indexOf(QLatin1String(".SH EXIT STATUS"));
    QVERIFY(section > 0);
    const QString exitStatus = m_page.mid(section, m_page.indexOf(QLatin1String(".SH"), section + 1) - section);
    for (const char *code : {"\n.B 0\n", "\n.B 1\n", "\n.B 2\n"})
        QVERIFY2(exitStatus.contains(QLatin1String(code)), code);
}

void ManPageTest::groff_readsItWithoutWarnings()
{
    QProcess groff;
    groff.start(QStringLiteral("groff"),
                {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"), QStringLiteral("-Tutf8"),
                 QStringLiteral(BYLINE_MAN_PAGE)});
    QVERIFY2(groff.waitForFinished(), "groff (groff-base) is not installed");
    QCOMPARE(groff.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(groff.readAllStandardError()), QString());
}

QTEST_GUILESS_MAIN(ManPageTest)
#include "manpage_test.moc"
