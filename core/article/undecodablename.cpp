#include "undecodablename.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <memory>

#include <dirent.h>

namespace Byline::Core {

namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

UndecodableName UndecodableName::find(const QString &path)
{
    UndecodableName result;
    if (!path.contains(QChar::ReplacementCharacter))
        return result;
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QByteArray folder = QFile::encodeName(info.absolutePath());
    const std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(folder.constData()), &::closedir);
    if (!dir)
        return result;
    while (const dirent *entry = ::readdir(dir.get())) {
        const QByteArray raw(entry->d_name);
        if (isValidUtf8(raw) || QFile::decodeName(raw) != name)
            continue;
        if (result.match == Match::One) {
            result.match = Match::Several;
            result.bytes.clear();
            break;
        }
        result.match = Match::One;
        result.bytes = folder + '/' + raw;
    }
    return result;
}

QString UndecodableName::readable(const QByteArray &name)
{
    QString text;
    for (qsizetype i = 0; i < name.size();) {
        const auto lead = quint8(name.at(i));
        const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        if (length > 0 && isValidUtf8(name.mid(i, length))) {
            text += QString::fromUtf8(name.mid(i, length));
            i += length;
            continue;
        }
        text += QStringLiteral("\\x") + QString::number(lead, 16).toUpper().rightJustified(2, QLatin1Char('0'));
        ++i;
    }
    return text;
}

} // namespace Byline::Core
