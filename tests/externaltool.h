#pragma once

#include <QProcess>
#include <QStringList>

// Runs a tool the files' users have (poppler's pdfinfo, pdftotext, pdffonts, pdfimages; unzip)
// and returns what it printed, so tests read real exports the way those tools do.
inline QString toolOutput(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The tool's exit code, or -1 when it could not be run.
inline int toolExitCode(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

// tidy's verdict on an HTML page: 0 clean, 1 warnings, 2 errors, -1 not run; its report in `report`.
inline int tidyExitCode(const QString &html, QString *report)
{
    QProcess tidy;
    tidy.start(QStringLiteral(BYLINE_TIDY), {QStringLiteral("-q"), QStringLiteral("-e")});
    if (!tidy.waitForStarted())
        return -1;
    tidy.write(html.toUtf8());
    tidy.closeWriteChannel();
    tidy.waitForFinished();
    *report = QString::fromUtf8(tidy.readAllStandardError());
    return tidy.exitCode();
}

// LibreOffice run headless on `arguments` with a user profile of its own in `profileFolder`:
// two instances sharing the default profile (two tests at once) hand their work to each other,
// and the one that started first may exit before the other's files are written. Whether it
// finished in `timeoutMs`.
inline bool runLibreOffice(QStringList arguments, const QString &profileFolder, int timeoutMs = 180000)
{
    arguments.prepend(QStringLiteral("-env:UserInstallation=file://") + profileFolder);
    arguments.prepend(QStringLiteral("--headless"));
    QProcess soffice;
    soffice.start(QStringLiteral("soffice"), arguments);
    return soffice.waitForFinished(timeoutMs) && soffice.exitStatus() == QProcess::NormalExit;
}
