// Writes the hostile Markdown the tests render (tests/core/hostileinputs.h) into a folder, one file
// per case, as seeds for the fuzz targets: `hostile_seeds DIR`.
#include <QDir>
#include <QFile>

#include <cstdio>

#include <hostileinputs.h>

int main(int argc, char *argv[])
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: hostile_seeds DIR\n");
        return 2;
    }
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "hostile_seeds: cannot create %s\n", argv[1]);
        return 1;
    }
    int number = 0;
    for (const HostileInputs::Case &hostile : HostileInputs::all()) {
        QFile file(dir.filePath(QStringLiteral("hostile-%1").arg(++number, 2, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(hostile.markdown.toUtf8()) < 0) {
            std::fprintf(stderr, "hostile_seeds: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
    }
    return 0;
}
