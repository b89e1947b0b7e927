// Writes the test suite's hostile inputs (tests/core/hostileinputs.h) to files, one per case, for
// run-hostile-inputs.sh to run every command of `byline` on.
//
//   byline_hostile_inputs DIR   DIR/<case name>.md for each case, UTF-8
#include "../core/hostileinputs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace {

QString fileNameFor(const char *name)
{
    QString slug = QString::fromLatin1(name).toLower();
    for (QChar &c : slug) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return slug + QLatin1String(".md");
}

} // namespace

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: byline_hostile_inputs DIR\n");
        return 2;
    }
    const QDir folder(args.at(1));
    if (!folder.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (const HostileInputs::Case &hostile : HostileInputs::all()) {
        QFile out(folder.filePath(fileNameFor(hostile.name)));
        if (!out.open(QIODevice::WriteOnly) || out.write(hostile.markdown.toUtf8()) < 0) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.fileName()));
            return 1;
        }
    }
    return 0;
}
