#pragma once

// Two writers sharing one library through a real remote: Maya's library of the four sample
// columns, shared to a bare repository, and Ed's clone of it; fresh for every test.
#include "gitremotes.h"

#include <QTemporaryDir>
#include <QTest>

#include <history/articlehistory.h>
#include <review/review.h>
#include <review/reviewedits.h>
#include <sharing/githistory.h>
#include <sharing/librarysync.h>

using namespace Byline::Core;
using GitRemotes::git;

namespace {

const SharingIdentity maya {QStringLiteral("Maya Okafor"), QStringLiteral("maya@courier.example")};
const SharingIdentity ed {QStringLiteral("Ed Brooks"), QStringLiteral("ed@courier.example")};

inline QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

inline void writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// Replaces `from` (which must be there once) by `to` in the file.
inline void edit(const QString &path, const QString &from, const QString &to)
{
    QString text = readFile(path);
    QCOMPARE(text.count(from), 1);
    writeFile(path, text.replace(from, to));
}

inline QString decidedAll(const QString &text, ReviewEdits::Decision decision)
{
    const Review review = Review::read(text);
    return ReviewEdits::apply(text, ReviewEdits::decideAll(text, review, decision));
}

const QString bus = QStringLiteral("the-last-bus-home.md");
const QString lede = QStringLiteral("it is the most honest room in the city.");

} // namespace

struct TwoWriters
{
    QTemporaryDir dir;
    QString remote; // the bare repository
    QString columnist; // Maya's library, shared first
    QString editor; // Ed's clone
    int round = 0;

    [[nodiscard]] QString mayas(const QString &name) const { return QDir(columnist).filePath(name); }
    [[nodiscard]] QString eds(const QString &name) const { return QDir(editor).filePath(name); }
    SyncReport syncColumnist(const SyncControl &control = {}) const
    {
        return LibrarySync::sync(columnist, maya, control);
    }
    SyncReport syncEditor(const SyncControl &control = {}) const { return LibrarySync::sync(editor, ed, control); }

    // Once: no git configuration, credential helper or known host of this machine's user takes part.
    void setUpHome()
    {
        QVERIFY(dir.isValid());
        qputenv("HOME", QFile::encodeName(dir.filePath(QStringLiteral("home"))));
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        QDir().mkpath(dir.filePath(QStringLiteral("home")));
    }

    // Before each test: a fresh remote, Maya's library shared to it, and Ed's clone.
    void setUp()
    {
        const QString folder = dir.filePath(QStringLiteral("round%1").arg(++round));
        remote = GitRemotes::bareRepository(QDir(folder).filePath(QStringLiteral("remotes/library.git")));
        columnist = QDir(folder).filePath(QStringLiteral("maya"));
        editor = QDir(folder).filePath(QStringLiteral("ed"));
        QDir().mkpath(columnist);
        for (const QString &name : QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).entryList({QStringLiteral("*.md")}))
            QVERIFY(QFile::copy(QDir(QStringLiteral(BYLINE_SAMPLES_DIR)).filePath(name), mayas(name)));
        const SyncReport shared = LibrarySync::share(columnist, remote, maya);
        QVERIFY2(shared.ok(), qPrintable(shared.error));
        const SyncReport cloned = LibrarySync::clone(remote, editor);
        QVERIFY2(cloned.ok(), qPrintable(cloned.error));
    }
};
