#pragma once

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// Small helpers the window tests share: a home of their own, files written and read back, a
// menu's entries.
namespace {

// Settings, data and caches in test folders, and HOME in `home`: the default library is `Byline`
// in the documents folder, which test mode does not redirect.
inline void useTestHome(const QTemporaryDir &home, const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", home.path().toUtf8());
    QCoreApplication::setApplicationName(testName);
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `bytes` to `path`, creating its folders.
inline void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// Writes `bytes` to `path` and gives the path back.
inline QString writeFile(const QString &path, const QByteArray &bytes)
{
    write(path, bytes);
    return path;
}

// An article of `sections` headed sections of four paragraphs each, long enough to scroll.
inline QString manuscript(int sections)
{
    QString text = QStringLiteral("---\ntitle: Long\n---\n\n");
    for (int s = 1; s <= sections; ++s) {
        text += QStringLiteral("## Section %1\n\n").arg(s);
        for (int p = 0; p < 4; ++p)
            text += QStringLiteral("Paragraph %1 of section %2, with enough words to wrap a line or two in the "
                                   "preview and in the editor alike.\n\n")
                        .arg(p)
                        .arg(s);
    }
    return text;
}

// The menu's entries as the user reads them, separators as empty strings.
inline QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts.append(action->text().remove(QLatin1Char('&')));
    return texts;
}

} // namespace
