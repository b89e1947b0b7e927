#include "textcodec.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cstring>

namespace Byline::Core {

namespace {

const QByteArray utf8Bom("\xEF\xBB\xBF", 3);
const QByteArray utf16LeBom("\xFF\xFE", 2);
const QByteArray utf16BeBom("\xFE\xFF", 2);

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::TextCodec)
};

struct Utf8Scan
{
    qsizetype firstInvalid = -1;
    qsizetype multiByteSequences = 0;
};

// Checks UTF-8 well-formedness (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        // Runs of ASCII, most of any article, eight bytes at a time.
        while (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char min = 0x80;
        unsigned char max = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            min = lead == 0xE0 ? 0xA0 : 0x80;
            max = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            min = lead == 0xF0 ? 0x90 : 0x80;
            max = lead == 0xF4 ? 0x8F : 0xBF;
        }
        bool valid = length > 0 && i + length <= size && data[i + 1] >= min && data[i + 1] <= max;
        for (int k = 2; valid && k < length; ++k)
            valid = data[i + k] >= 0x80 && data[i + k] <= 0xBF;
        if (!valid) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++i;
            continue;
        }
        ++scan.multiByteSequences;
        i += length;
    }
    return scan;
}

int lineOfOffset(QByteArrayView bytes, qsizetype offset)
{
    return int(bytes.first(offset).count('\n')) + 1;
}

void normaliseLineEndings(DecodedText &decoded)
{
    QString &text = decoded.text;
    // Most files have no carriage return at all: one fast scan says so, instead of three counts.
    if (!text.contains(QLatin1Char('\r')))
        return;
    const qsizetype crlf = text.count(QLatin1String("\r\n"));
    const qsizetype cr = text.count(QLatin1Char('\r')) - crlf;
    const qsizetype lf = text.count(QLatin1Char('\n')) - crlf;
    if (crlf == 0 && cr == 0)
        return;
    if (crlf >= lf && crlf >= cr)
        decoded.format.lineEnding = LineEnding::CrLf;
    else if (cr > lf)
        decoded.format.lineEnding = LineEnding::Cr;
    const int kinds = (crlf > 0) + (cr > 0) + (lf > 0);
    if (kinds > 1) {
        decoded.diagnostics.append({Diagnostic::Severity::Info, 0,
                                    Text::tr("the file mixes line endings; saving writes %1 throughout")
                                        .arg(TextCodec::lineEndingName(decoded.format.lineEnding))});
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
}

} // namespace

DecodedText TextCodec::decode(const QByteArray &bytes)
{
    DecodedText decoded;

    if (bytes.startsWith(utf16LeBom) || bytes.startsWith(utf16BeBom)) {
        const bool le = bytes.startsWith(utf16LeBom);
        decoded.format.encoding = le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        decoded.format.hasBom = true;
        // The mark is sliced off: a second one is text, kept so that it is written back.
        QStringDecoder decoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        decoded.text = decoder.decode(QByteArrayView(bytes).sliced(2));
        // The decoder drops an odd last byte without an error; writing back would lose it.
        if (decoder.hasError() || bytes.size() % 2 != 0) {
            decoded.lossy = true;
            decoded.diagnostics.append({Diagnostic::Severity::Error, 0,
                                        Text::tr("the file is damaged UTF-16; it is opened read-only so the original "
                                                 "is not replaced. Save a copy under a new name to keep your edits.")});
        } else {
            decoded.diagnostics.append(
                {Diagnostic::Severity::Info, 0,
                 Text::tr("the file is encoded as %1; it is saved the same way").arg(decoded.format.encoding)});
        }
        normaliseLineEndings(decoded);
        return decoded;
    }

    if (const void *nul = std::memchr(bytes.constData(), 0, size_t(bytes.size()))) {
        const qsizetype offset = static_cast<const char *>(nul) - bytes.constData();
        decoded.binary = true;
        decoded.diagnostics.append({Diagnostic::Severity::Error, lineOfOffset(bytes, offset),
                                    Text::tr("this is a binary file, not text (a NUL byte at offset %1); "
                                             "Byline opens Markdown and plain-text articles only")
                                        .arg(offset)});
        return decoded;
    }

    QByteArrayView content(bytes);
    if (bytes.startsWith(utf8Bom)) {
        decoded.format.hasBom = true;
        content = content.sliced(3);
    }
    const Utf8Scan scan = scanUtf8(content);
    if (scan.firstInvalid < 0) {
        decoded.text = decodeWith(QStringConverter::Utf8, content);
    } else if (scan.multiByteSequences == 0) {
        QStringDecoder legacy("windows-1252", QStringConverter::Flag::Stateless);
        if (legacy.isValid()) {
            decoded.text = legacy.decode(content);
            decoded.format.encoding = QStringLiteral("windows-1252");
        } else {
            decoded.text = decodeWith(QStringConverter::Latin1, content);
            decoded.format.encoding = QStringLiteral("ISO-8859-1");
        }
        decoded.diagnostics.append({Diagnostic::Severity::Warning, lineOfOffset(content, scan.firstInvalid),
                                    Text::tr("the file is not UTF-8; it was read as %1 and will be saved as UTF-8")
                                        .arg(decoded.format.encoding)});
        decoded.format.encoding = QStringLiteral("UTF-8");
    } else {
        decoded.text = decodeWith(QStringConverter::Utf8, content);
        decoded.lossy = true;
        decoded.diagnostics.append(
            {Diagnostic::Severity::Error, lineOfOffset(content, scan.firstInvalid),
             Text::tr("invalid UTF-8 at byte %1; the bad bytes show as \uFFFD and the file is opened read-only so "
                      "the original is not replaced. Repair the encoding (e.g. with iconv) or save a copy "
                      "under a new name.")
                 .arg(scan.firstInvalid + (decoded.format.hasBom ? 3 : 0))});
    }
    if (decoded.format.hasBom) {
        decoded.diagnostics.append({Diagnostic::Severity::Info, 1,
                                    Text::tr("the file starts with a byte-order mark; it is kept when saving")});
    }
    normaliseLineEndings(decoded);
    return decoded;
}

QByteArray TextCodec::encode(const QString &text, const FileEncoding &format)
{
    const QString &encoding = format.encoding;
    const bool bom = format.hasBom;
    const LineEnding lineEnding = format.lineEnding;
    QString withEndings = text;
    if (lineEnding == LineEnding::CrLf)
        withEndings.replace(QLatin1Char('\n'), QLatin1String("\r\n"));
    else if (lineEnding == LineEnding::Cr)
        withEndings.replace(QLatin1Char('\n'), QLatin1Char('\r'));

    if (encoding == QLatin1String("UTF-16LE") || encoding == QLatin1String("UTF-16BE")) {
        const bool le = encoding == QLatin1String("UTF-16LE");
        QStringEncoder encoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        QByteArray out = bom ? (le ? utf16LeBom : utf16BeBom) : QByteArray();
        out += QByteArray(encoder.encode(withEndings));
        return out;
    }
    QByteArray out = bom ? utf8Bom : QByteArray();
    out += withEndings.toUtf8();
    return out;
}

QString TextCodec::lineEndingName(LineEnding lineEnding)
{
    switch (lineEnding) {
    case LineEnding::CrLf:
        return QStringLiteral("CRLF");
    case LineEnding::Cr:
        return QStringLiteral("CR");
    case LineEnding::Lf:
        break;
    }
    return QStringLiteral("LF");
}

} // namespace Byline::Core
