// The text codec on any bytes. Checks: decoding never crashes; text decoded without loss encodes
// back to text that decodes the same; and where the codec claims the file is written back the way
// it came (valid UTF-8 or UTF-16 with a mark, one kind of line ending), it is byte for byte.
#include "fuzzcheck.h"

#include <article/textcodec.h>

#include <QStringDecoder>

using namespace Byline::Core;

namespace {

// The text as stored, before line endings are normalised; empty when it is not valid Unicode.
std::optional<QString> storedText(const QByteArray &bytes)
{
    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    QByteArrayView content(bytes);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        encoding = bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        content = content.sliced(2);
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        content = content.sliced(3);
    }
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(content);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

bool hasOneKindOfLineEnding(const QString &text)
{
    const qsizetype crlf = text.count(QLatin1String("\r\n"));
    const qsizetype cr = text.count(QLatin1Char('\r')) - crlf;
    const qsizetype lf = text.count(QLatin1Char('\n')) - crlf;
    return (crlf > 0) + (cr > 0) + (lf > 0) <= 1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzCheck::bytes(data, size);
    const DecodedText decoded = TextCodec::decode(bytes);
    if (decoded.binary) {
        FUZZ_CHECK(decoded.text.isEmpty());
        return 0;
    }
    FUZZ_CHECK(!decoded.text.contains(QLatin1Char('\r')));
    if (decoded.lossy)
        return 0;

    const QByteArray encoded = TextCodec::encode(decoded.text, decoded.format);
    const DecodedText again = TextCodec::decode(encoded);
    FUZZ_CHECK(!again.lossy && !again.binary);
    FUZZ_CHECK(again.text == decoded.text);
    FUZZ_CHECK(again.format.encoding == decoded.format.encoding && again.format.hasBom == decoded.format.hasBom);

    const std::optional<QString> stored = storedText(bytes);
    if (stored && hasOneKindOfLineEnding(*stored))
        FUZZ_CHECK(encoded == bytes);
    return 0;
}
