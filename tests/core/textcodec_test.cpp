#include <article/textcodec.h>

#include <QTest>

using namespace Byline::Core;

class TextCodecTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void utf8_plain_decodesWithoutMessages();
    void bom_isStrippedReportedAndWrittenBack();
    void crlf_isNormalisedAndWrittenBack();
    void cr_only_isNormalisedAndWrittenBack();
    void mixedLineEndings_useTheMostCommonAndSaySo();
    void legacy8bit_isReadAsWindows1252AndSavedAsUtf8();
    void damagedUtf8_isLossyAndNamesTheLine();
    void overlongAndSurrogateSequences_areInvalid();
    void nulByte_isBinaryAndNamesTheOffset();
    void utf16WithBom_roundTrips();
    void utf16OddLength_isDamaged();
    void secondByteOrderMark_isTextAndWrittenBack();
};

void TextCodecTest::utf8_plain_decodesWithoutMessages()
{
    const QByteArray bytes = "Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x93\xB0\n";
    const DecodedText decoded = TextCodec::decode(bytes);
    QCOMPARE(decoded.text, QString::fromUtf8(bytes));
    QVERIFY(decoded.diagnostics.isEmpty());
    QVERIFY(!decoded.lossy && !decoded.binary && !decoded.format.hasBom);
    QCOMPARE(TextCodec::encode(decoded.text, decoded.format), bytes);
}

void TextCodecTest::bom_isStrippedReportedAndWrittenBack()
{
    const QByteArray bytes = "\xEF\xBB\xBFtitle\n";
    const DecodedText decoded = TextCodec::decode(bytes);
    QCOMPARE(decoded.text, QStringLiteral("title\n"));
    QVERIFY(decoded.format.hasBom);
    QCOMPARE(decoded.diagnostics.size(), 1);
    QCOMPARE(decoded.diagnostics.first().severity, Diagnostic::Severity::Info);
    QVERIFY(decoded.diagnostics.first().message.contains(QLatin1String("byte-order mark")));
    QCOMPARE(TextCodec::encode(decoded.text, decoded.format), bytes);
}

void TextCodecTest::crlf_isNormalisedAndWrittenBack()
{
    const QByteArray bytes = "---\r\ntitle: T\r\n---\r\nBody\r\n";
    const DecodedText decoded = TextCodec::decode(bytes);
    QCOMPARE(decoded.text, QStringLiteral("---\ntitle: T\n---\nBody\n"));
    QCOMPARE(decoded.format.lineEnding, LineEnding::CrLf);
    QVERIFY(decoded.diagnostics.isEmpty());
    QCOMPARE(TextCodec::encode(decoded.text + QStringLiteral("More\n"), decoded.format), bytes + "More\r\n");
}

void TextCodecTest::cr_only_isNormalisedAndWrittenBack()
{
    const QByteArray bytes = "a\rb\r";
    const DecodedText decoded = TextCodec::decode(bytes);
    QCOMPARE(decoded.text, QStringLiteral("a\nb\n"));
    QCOMPARE(decoded.format.lineEnding, LineEnding::Cr);
    QCOMPARE(TextCodec::encode(decoded.text, decoded.format), bytes);
}

void TextCodecTest::mixedLineEndings_useTheMostCommonAndSaySo()
{
    const DecodedText decoded = TextCodec::decode("a\r\nb\r\nc\nd\r\n");
    QCOMPARE(decoded.text, QStringLiteral("a\nb\nc\nd\n"));
    QCOMPARE(decoded.format.lineEnding, LineEnding::CrLf);
    QCOMPARE(decoded.diagnostics.size(), 1);
    QVERIFY(decoded.diagnostics.first().message.contains(QLatin1String("CRLF")));
}

void TextCodecTest::legacy8bit_isReadAsWindows1252AndSavedAsUtf8()
{
    const QByteArray bytes = "Caf\xE9 \x93quoted\x94\nsecond line\n";
    const DecodedText decoded = TextCodec::decode(bytes);
    QCOMPARE(decoded.text, QString::fromUtf8("Café “quoted”\nsecond line\n"));
    QVERIFY(!decoded.lossy);
    QCOMPARE(decoded.diagnostics.size(), 1);
    QCOMPARE(decoded.diagnostics.first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(decoded.diagnostics.first().line, 1);
    QCOMPARE(decoded.format.encoding, QStringLiteral("UTF-8"));
    QCOMPARE(TextCodec::encode(decoded.text, decoded.format),
             QByteArray("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\nsecond line\n"));
}

void TextCodecTest::damagedUtf8_isLossyAndNamesTheLine()
{
    const QByteArray bytes = "Caf\xC3\xA9\nline two \xFF here\n";
    const DecodedText decoded = TextCodec::decode(bytes);
    QVERIFY(decoded.lossy);
    QCOMPARE(decoded.diagnostics.size(), 1);
    QCOMPARE(decoded.diagnostics.first().severity, Diagnostic::Severity::Error);
    QCOMPARE(decoded.diagnostics.first().line, 2);
    QVERIFY(decoded.diagnostics.first().message.contains(QLatin1String("read-only")));
    QVERIFY(decoded.text.contains(QChar(0xFFFD)));
    QVERIFY(decoded.text.startsWith(QString::fromUtf8("Café\n")));
}

void TextCodecTest::overlongAndSurrogateSequences_areInvalid()
{
    QVERIFY(TextCodec::decode("ok \xC3\xA9 \xC0\xAF").lossy); // overlong '/'
    QVERIFY(TextCodec::decode("ok \xC3\xA9 \xED\xA0\x80").lossy); // UTF-16 surrogate
    QVERIFY(TextCodec::decode("ok \xC3\xA9 \xF4\x90\x80\x80").lossy); // above U+10FFFF
    QVERIFY(TextCodec::decode("ok \xC3\xA9 \xE2\x82").lossy); // truncated at the end
}

void TextCodecTest::nulByte_isBinaryAndNamesTheOffset()
{
    const QByteArray bytes("PK\x03\x04\nzip\x00stuff", 14);
    const DecodedText decoded = TextCodec::decode(bytes);
    QVERIFY(decoded.binary);
    QVERIFY(decoded.text.isEmpty());
    QCOMPARE(decoded.diagnostics.size(), 1);
    QCOMPARE(decoded.diagnostics.first().severity, Diagnostic::Severity::Error);
    QVERIFY(decoded.diagnostics.first().message.contains(QLatin1String("offset 8")));
    QCOMPARE(decoded.diagnostics.first().line, 2);
}

void TextCodecTest::utf16WithBom_roundTrips()
{
    const QString text = QString::fromUtf8("Zoë\r\nsays hi\r\n");
    QByteArray bytes("\xFF\xFE", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    const DecodedText decoded = TextCodec::decode(bytes);
    QVERIFY(!decoded.binary && !decoded.lossy);
    QCOMPARE(decoded.text, QString::fromUtf8("Zoë\nsays hi\n"));
    QCOMPARE(decoded.format.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(TextCodec::encode(decoded.text, decoded.format), bytes);
}

// Found by tests/fuzz: the odd last byte was dropped without a word, and a save would lose it.
void TextCodecTest::utf16OddLength_isDamaged()
{
    const DecodedText decoded = TextCodec::decode(QByteArray("\xFE\xFF\0A\0", 5));
    QVERIFY(decoded.lossy);
    QCOMPARE(decoded.diagnostics.first().severity, Diagnostic::Severity::Error);
}

// Found by tests/fuzz: the decoder skipped a mark after the mark, and a save dropped it.
void TextCodecTest::secondByteOrderMark_isTextAndWrittenBack()
{
    for (const QByteArray &bytes :
         {QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFHi\n"), QByteArray("\xFE\xFF\xFE\xFF\0\n", 6)}) {
        const DecodedText decoded = TextCodec::decode(bytes);
        QVERIFY(!decoded.lossy && decoded.text.startsWith(QChar(0xFEFF)));
        QCOMPARE(TextCodec::encode(decoded.text, decoded.format), bytes);
    }
}

QTEST_GUILESS_MAIN(TextCodecTest)
#include "textcodec_test.moc"
