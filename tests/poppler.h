#pragma once

#include <QProcess>
#include <QStringList>

// Runs one of poppler's tools (pdfinfo, pdftotext, pdffonts, pdfimages) and returns what it
// printed, so tests read real PDFs the way their users' tools do.
inline QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}
