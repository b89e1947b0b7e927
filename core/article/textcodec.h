#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QString>

namespace Byline::Core {

enum class LineEnding { Lf, CrLf, Cr };

// How a file's text is stored on disk, so it can be written back the way it came.
struct FileEncoding
{
    QString encoding = QStringLiteral("UTF-8");
    bool hasBom = false;
    LineEnding lineEnding = LineEnding::Lf;
};

// The text of a file as the editor sees it (always '\n' line endings) plus its FileEncoding.
struct DecodedText
{
    QString text;
    FileEncoding format;
    // Set when the bytes could not all be decoded: writing the text back would replace them.
    bool lossy = false;
    bool binary = false;
    Diagnostics diagnostics;
};

// Decodes and encodes article files. Every unusual input gets a defined outcome and a message
// rather than a silent guess: see decode() for the rules.
class TextCodec final
{
public:
    // Rules, in order:
    //  - a UTF-16 byte-order mark: UTF-16, written back as UTF-16 with the mark;
    //  - a NUL byte anywhere else: binary, not decoded;
    //  - valid UTF-8 (with or without a mark): UTF-8, the mark kept;
    //  - invalid UTF-8 with no valid multi-byte sequence at all: a legacy 8-bit file, read as
    //    Windows-1252 and written back as UTF-8;
    //  - invalid UTF-8 among valid multi-byte sequences: damaged, decoded with U+FFFD in place
    //    of the bad bytes and marked lossy so nobody overwrites the original with it.
    // Line endings are normalised to '\n'; the dominant one is remembered for writing back.
    [[nodiscard]] static DecodedText decode(const QByteArray &bytes);

    [[nodiscard]] static QByteArray encode(const QString &text, const FileEncoding &format);

    [[nodiscard]] static QString lineEndingName(LineEnding lineEnding);
};

} // namespace Byline::Core
