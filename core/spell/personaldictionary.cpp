#include "personaldictionary.h"

#include "../safety/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Byline::Core {

namespace {

// lupdate reads the context from here, so translations match what runs.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Byline::Core::PersonalDictionary)
};

} // namespace

PersonalDictionary::PersonalDictionary(QString path)
    : m_path(std::move(path))
{ }

QString PersonalDictionary::pathFor(const QString &folder, const QString &code)
{
    return QDir(folder).filePath(code + QLatin1String(".txt"));
}

bool PersonalDictionary::load()
{
    m_error.clear();
    QFile file(m_path);
    if (!file.exists()) {
        m_words.clear();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = Text::tr("cannot read the personal dictionary %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QStringList words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            words.append(word);
    }
    words.removeDuplicates();
    m_words = words;
    return true;
}

bool PersonalDictionary::add(const QString &word)
{
    return change(word.trimmed(), true);
}

bool PersonalDictionary::remove(const QString &word)
{
    return change(word.trimmed(), false);
}

bool PersonalDictionary::change(const QString &word, bool add)
{
    if (word.isEmpty() || word.contains(QLatin1Char('\n')))
        return false;
    if (!load())
        return false;
    QStringList words = m_words;
    if (add == words.contains(word))
        return true;
    if (add)
        words.append(word);
    else
        words.removeAll(word);
    words.sort(Qt::CaseInsensitive);

    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = Text::tr("cannot create the folder %1").arg(QFileInfo(m_path).absolutePath());
        return false;
    }
    QByteArray bytes = words.join(QLatin1Char('\n')).toUtf8();
    if (!bytes.isEmpty())
        bytes.append('\n');
    if (const WriteResult written = AtomicFile::write(m_path, bytes); !written.ok) {
        m_error = Text::tr("cannot save the personal dictionary %1: %2").arg(m_path, written.reason);
        return false;
    }
    m_words = words;
    return true;
}

} // namespace Byline::Core
