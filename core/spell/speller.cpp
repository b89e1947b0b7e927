#include "speller.h"

#include <QFile>

#include <hunspell/hunspell.hxx>

namespace Byline::Core {

namespace {

// Hunspell 1.7.1: creating or destroying instances concurrently is not safe.
std::mutex &lifetimeLock()
{
    static std::mutex lock;
    return lock;
}

// The `SET` line of an affix file; Hunspell's default is ISO8859-1.
QString declaredEncoding(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("SET ") || line.startsWith("SET\t"))
            return QString::fromLatin1(line.mid(4).trimmed());
    }
    return QStringLiteral("ISO8859-1");
}

// Hunspell's names (ISO8859-2, microsoft-cp1251, KOI8-R …) in the form QStringConverter knows.
QString converterName(const QString &declared)
{
    QString name = declared.toUpper();
    if (name.startsWith(QLatin1String("ISO8859-")))
        name.replace(0, 7, QStringLiteral("ISO-8859"));
    if (name.startsWith(QLatin1String("MICROSOFT-CP")))
        name = QLatin1String("windows-") + name.mid(12);
    return name;
}

} // namespace

Speller::Speller(const DictionaryInfo &dictionary)
    : m_dictionary(dictionary)
{
    m_encodingName = declaredEncoding(dictionary.affPath);
    if (m_encodingName.isEmpty() || !QFile::exists(dictionary.dicPath)) {
        m_error = QStringLiteral("cannot read the dictionary %1").arg(dictionary.affPath);
        return;
    }
    m_utf8 = m_encodingName.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
    m_converter = converterName(m_encodingName).toLatin1();
    if (!m_utf8
        && (!QStringEncoder(m_converter.constData()).isValid() || !QStringDecoder(m_converter.constData()).isValid())) {
        m_error = QStringLiteral("the dictionary %1 uses the encoding %2, which this system cannot convert")
                      .arg(dictionary.code, m_encodingName);
        return;
    }
    const std::lock_guard guard(lifetimeLock());
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(dictionary.affPath).constData(),
                                            QFile::encodeName(dictionary.dicPath).constData());
    m_valid = true;
}

Speller::~Speller()
{
    const std::lock_guard guard(lifetimeLock());
    m_hunspell.reset();
}

std::string Speller::encode(const QString &word, bool *ok) const
{
    *ok = true;
    if (m_utf8)
        return word.toStdString();
    QStringEncoder encoder(m_converter.constData(), QStringConverter::Flag::Stateless);
    const QByteArray bytes = encoder.encode(word);
    *ok = !encoder.hasError();
    return bytes.toStdString();
}

QString Speller::decode(const std::string &bytes) const
{
    if (m_utf8)
        return QString::fromStdString(bytes);
    QStringDecoder decoder(m_converter.constData());
    return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

bool Speller::isCorrect(const QString &word) const
{
    if (!m_valid || word.isEmpty())
        return true;
    const std::lock_guard guard(m_lock);
    if (const auto cached = m_cache.constFind(word); cached != m_cache.cend())
        return *cached;
    bool ok = false;
    const std::string encoded = encode(word, &ok);
    // A word the dictionary's encoding cannot even hold is not one of its words.
    const bool correct = ok && m_hunspell->spell(encoded);
    m_cache.insert(word, correct);
    return correct;
}

QStringList Speller::suggestions(const QString &word, int maximum) const
{
    if (!m_valid || word.isEmpty())
        return {};
    const std::lock_guard guard(m_lock);
    bool ok = false;
    const std::string encoded = encode(word, &ok);
    if (!ok)
        return {};
    QStringList result;
    for (const std::string &suggestion : m_hunspell->suggest(encoded)) {
        if (result.size() >= maximum)
            break;
        result.append(decode(suggestion));
    }
    return result;
}

void Speller::addWord(const QString &word)
{
    changeWord(word, true);
}

void Speller::removeWord(const QString &word)
{
    changeWord(word, false);
}

void Speller::changeWord(const QString &word, bool accept)
{
    if (!m_valid || word.isEmpty())
        return;
    const std::lock_guard guard(m_lock);
    bool ok = false;
    const std::string encoded = encode(word, &ok);
    if (ok && accept)
        m_hunspell->add(encoded);
    else if (ok)
        m_hunspell->remove(encoded);
    m_cache.clear(); // its capitalised and affixed forms may have changed too
}

qsizetype Speller::cachedWords() const
{
    const std::lock_guard guard(m_lock);
    return m_cache.size();
}

} // namespace Byline::Core
