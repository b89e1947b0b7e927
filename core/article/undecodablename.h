#pragma once

#include <QByteArray>
#include <QString>

namespace Byline::Core {

// A file whose name is not valid UTF-8 (written on an older system in Latin-1, say) reaches Byline
// with its undecodable bytes turned into U+FFFD, and under that name it does not exist. This finds
// the file the name stands for, by reading the folder's raw names, so it can still be opened; it
// cannot be saved under the name, which Qt cannot write back.
struct UndecodableName
{
    enum class Match { None, One, Several };

    Match match = Match::None;
    QByteArray bytes; // the file's real path, when exactly one matches

    // `path` as Qt decoded it; only its last part may be undecodable.
    [[nodiscard]] static UndecodableName find(const QString &path);
    // The name with undecodable bytes written as \xNN, for messages: `caf\xE9.md`.
    [[nodiscard]] static QString readable(const QByteArray &name);
};

} // namespace Byline::Core
