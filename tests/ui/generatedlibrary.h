#pragma once

#include "testfiles.h"

#include <ui/library/libraryservice.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A library the library's tests write themselves, in place of the go-blog corpus, and the folders
// a test keeps its libraries and their indexes in.
namespace {

constexpr int generatedCount = 40;
constexpr int indexTimeoutMs = 20000;

// The name of the generated article `number` (1 to 40), relative to its library: every tenth in
// the `archive` folder, the others at the top.
inline QString generatedName(int number)
{
    const QString name = QStringLiteral("column-%1.md").arg(number, 2, 10, QLatin1Char('0'));
    return number % 10 == 0 ? QStringLiteral("archive/") + name : name;
}

// 40 columns with front matter (title "Column NN", two authors, the three statuses in turn,
// tags), all mentioning "paper"; "lighthouse" is in column 7 alone, "harbour" in columns 3, 14
// and 25.
inline void writeGeneratedLibrary(const QString &folder)
{
    static const QStringList statuses
        = {QStringLiteral("draft"), QStringLiteral("review"), QStringLiteral("published")};
    for (int number = 1; number <= generatedCount; ++number) {
        QByteArray body = "Notes for week " + QByteArray::number(number) + " on the desk, in ink and on paper.\n";
        if (number == 7)
            body += "\nThe lighthouse keeper kept the lamp burning all night.\n";
        if (number == 3 || number == 14 || number == 25)
            body += "\nThe harbour was calm at dawn.\n";
        const QByteArray text = "---\ntitle: Column " + QByteArray::number(number).rightJustified(2, '0')
            + "\nauthor: " + (number % 2 == 0 ? "Ann Lee" : "Ben Ross") + "\ndate: 2025-"
            + QByteArray::number(1 + number % 12).rightJustified(2, '0') + "-"
            + QByteArray::number(1 + number % 28).rightJustified(2, '0') + "\nstatus: "
            + statuses.at(number % 3).toUtf8() + "\ntags: [" + (number % 4 == 0 ? "sea" : "land") + "]\n---\n\n" + body;
        write(QDir(folder).filePath(generatedName(number)), text);
    }
}

// The library folders of a test, a base of its test class: an empty folder for each test function
// (m_library), and the indexes' databases in a cache of the test's own.
class TestLibraryFolders
{
protected:
    // For init().
    void newLibrary()
    {
        m_library = std::make_unique<QTemporaryDir>();
        QVERIFY(m_library->isValid());
    }

    // A library of 40 generated columns, with its index in the test's cache.
    void openGenerated(Byline::WidgetUi::LibraryService &service)
    {
        writeGeneratedLibrary(m_library->path());
        service.setFolder(m_library->path(), database(QString::fromLatin1(QTest::currentTestFunction())));
        QTRY_VERIFY_WITH_TIMEOUT(service.isIndexed(), indexTimeoutMs);
    }

    QString database(const QString &name) const { return m_cache.filePath(name + QStringLiteral(".sqlite")); }

    QTemporaryDir m_cache;
    std::unique_ptr<QTemporaryDir> m_library;
};

} // namespace
