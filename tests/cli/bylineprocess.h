#pragma once

#include <QElapsedTimer>
#include <QProcess>

namespace {

// The sample column, as Markdown and as the plain text a CMS hands out.
const QString sampleMarkdown = QStringLiteral(BYLINE_SAMPLES_DIR "/ovirt-at-last.md");
const QString sampleText = QStringLiteral(BYLINE_TEST_DATA "/ovirt-at-last.txt");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    qint64 ms = 0;
};

// Runs the real `byline` program with no display at all, as scripts and CI do. `environment`
// adds to (or overrides) the test's own.
Run byline(const QStringList &arguments, const QString &workingDirectory = {},
           const QList<std::pair<QString, QString>> &environment = {})
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.remove(QStringLiteral("DISPLAY"));
    variables.remove(QStringLiteral("WAYLAND_DISPLAY"));
    variables.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const auto &[name, value] : environment)
        variables.insert(name, value);
    process.setProcessEnvironment(variables);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(BYLINE_EXECUTABLE), arguments);
    process.waitForFinished(60000);
    Run run;
    run.ms = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace
