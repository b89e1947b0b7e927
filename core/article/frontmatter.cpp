#include "frontmatter.h"

#include "frontmatterbackend.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Byline::Core {

namespace {

QStringList splitBlock(const QString &block)
{
    QStringList lines = block.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

FrontMatterBackend::ParseOutcome parseText(FrontMatter::Format format, const QString &block)
{
    return format == FrontMatter::Format::Toml ? FrontMatterBackend::parseToml(block)
                                               : FrontMatterBackend::parseYaml(block);
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double && std::isnan(a.toDouble()))
        return std::isnan(b.toDouble()); // `.nan` is a value like any other
    return a == b;
}

// Whether both hold the same keys with the same values in the same order, `key` left out.
bool sameOtherValues(const QList<FrontMatter::Entry> &before, const QList<FrontMatter::Entry> &after,
                     const QString &key)
{
    const auto others = [&key](const QList<FrontMatter::Entry> &entries) {
        QList<const FrontMatter::Entry *> kept;
        for (const FrontMatter::Entry &entry : entries) {
            if (entry.key != key)
                kept.append(&entry);
        }
        return kept;
    };
    const QList<const FrontMatter::Entry *> a = others(before);
    const QList<const FrontMatter::Entry *> b = others(after);
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const auto *x, const auto *y) { return x->key == y->key && sameValue(x->value, y->value); });
}

QString emit(FrontMatter::Format format, const QString &key, const QVariant &value)
{
    return format == FrontMatter::Format::Toml ? FrontMatterBackend::emitToml(key, value)
                                               : FrontMatterBackend::emitYaml(key, value);
}

} // namespace

FrontMatter::FrontMatter(Format format)
    : m_format(format)
{ }

std::optional<FrontMatter> FrontMatter::parse(Format format, const QString &block, int firstLine,
                                              Diagnostics *diagnostics)
{
    FrontMatter frontMatter(format);
    frontMatter.m_firstLine = firstLine;
    const auto outcome = parseText(format, block);
    if (!outcome.ok) {
        if (diagnostics) {
            const QString kind = format == Format::Toml ? QStringLiteral("TOML") : QStringLiteral("YAML");
            const QString message = outcome.tooComplex
                ? QCoreApplication::translate("Byline::Core::FrontMatter",
                                              "the %1 front matter is too complex: %2. Byline stopped reading "
                                              "it and opened the article with the whole text as its body; "
                                              "simplify this line to get its title, author and date back.")
                : QCoreApplication::translate("Byline::Core::FrontMatter",
                                              "the %1 front matter is malformed: %2. The article is opened "
                                              "with the whole text as its body; fix this line to get its "
                                              "title, author and date back.");
            diagnostics->append(
                {Diagnostic::Severity::Error, firstLine + outcome.errorLine, message.arg(kind, outcome.error)});
        }
        return std::nullopt;
    }
    frontMatter.m_lines = splitBlock(block);
    frontMatter.m_entries = outcome.entries;
    frontMatter.m_linesReliable = outcome.linesReliable;
    return frontMatter;
}

QString FrontMatter::text() const
{
    QString result;
    for (const QString &line : m_lines)
        result += line + QLatin1Char('\n');
    return result;
}

QString FrontMatter::toFileText() const
{
    if (isNull())
        return {};
    return delimiter() + QLatin1Char('\n') + text() + delimiter() + QLatin1Char('\n');
}

QString FrontMatter::delimiter() const
{
    return m_format == Format::Toml ? QStringLiteral("+++") : QStringLiteral("---");
}

QStringList FrontMatter::keys() const
{
    QStringList result;
    result.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        result.append(entry.key);
    return result;
}

bool FrontMatter::contains(const QString &key) const
{
    return find(key) != nullptr;
}

QVariant FrontMatter::value(const QString &key) const
{
    const Entry *entry = find(key);
    return entry ? entry->value : QVariant();
}

int FrontMatter::line(const QString &key) const
{
    const Entry *entry = find(key);
    return entry ? m_firstLine + entry->firstLine : 0;
}

bool FrontMatter::setValue(const QString &key, const QVariant &value)
{
    if (isNull())
        return false;
    if (!m_linesReliable) {
        rewriteWhole(key, value, false);
        return true;
    }
    const QStringList emitted = splitBlock(emit(m_format, key, value));
    const auto insertedAt = [this, &emitted](int line) {
        QStringList lines = m_lines;
        // The parser's line numbers for an odd entry (a bare YAML `?` key) may point past the block.
        const qsizetype at = std::clamp<qsizetype>(line, 0, lines.size());
        for (qsizetype i = 0; i < emitted.size(); ++i)
            lines.insert(at + i, emitted.at(i));
        return lines;
    };
    bool set = false;
    if (const Entry *entry = find(key)) {
        QStringList lines = m_lines;
        const qsizetype first = std::clamp<qsizetype>(entry->firstLine, 0, lines.size());
        const qsizetype last = std::clamp<qsizetype>(entry->lastLine, first - 1, lines.size() - 1);
        lines.remove(first, last - first + 1);
        for (qsizetype i = 0; i < emitted.size(); ++i)
            lines.insert(first + i, emitted.at(i));
        set = reload(lines, key, Expect::Present);
    } else {
        // A new key goes after the last one, unless the last value would swallow it (a YAML plain
        // scalar continued at the margin): then before the first one.
        set = reload(insertedAt(insertionLine()), key, Expect::Present)
            || (!m_entries.isEmpty() && reload(insertedAt(m_entries.constFirst().firstLine), key, Expect::Present));
    }
    m_refusedAnEdit = m_refusedAnEdit || !set;
    return set;
}

void FrontMatter::setValues(const QList<std::pair<QString, QVariant>> &values)
{
    if (!isNull() && m_entries.isEmpty() && m_linesReliable) {
        QStringList lines = m_lines; // comments, if the block has nothing else
        for (const auto &[key, value] : values)
            lines += splitBlock(emit(m_format, key, value));
        const auto outcome = parseText(m_format, lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        const auto sameKeys = [&] {
            return std::equal(outcome.entries.cbegin(), outcome.entries.cend(), values.cbegin(), values.cend(),
                              [](const Entry &entry, const auto &value) { return entry.key == value.first; });
        };
        if (outcome.ok && sameKeys()) {
            m_lines = lines;
            m_entries = outcome.entries;
            m_linesReliable = outcome.linesReliable;
            return;
        }
    }
    for (const auto &[key, value] : values)
        setValue(key, value);
}

bool FrontMatter::remove(const QString &key)
{
    const Entry *entry = find(key);
    if (!entry)
        return false;
    if (!m_linesReliable) {
        rewriteWhole(key, {}, true);
        return true;
    }
    QStringList lines = m_lines;
    const qsizetype first = std::clamp<qsizetype>(entry->firstLine, 0, lines.size());
    lines.remove(first, std::clamp<qsizetype>(entry->lastLine, first - 1, lines.size() - 1) - first + 1);
    const bool removed = reload(lines, key, Expect::Any);
    m_refusedAnEdit = m_refusedAnEdit || !removed;
    return removed;
}

bool FrontMatter::reload(const QStringList &lines, const std::optional<QString> &changedKey, Expect expect)
{
    const auto outcome = parseText(m_format, lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    if (!outcome.ok)
        return false; // the edit would break the block: keep what we had
    // The changed key must read back as changed: a parser may read a line it was given as
    // nothing (yaml-cpp after a stray `%`).
    if (changedKey && expect != Expect::Any) {
        const bool present = std::any_of(outcome.entries.cbegin(), outcome.entries.cend(),
                                         [&changedKey](const Entry &entry) { return entry.key == *changedKey; });
        if (present != (expect == Expect::Present))
            return false;
    }
    // Nor may it change a value it did not touch (one continued at the margin takes in a key added
    // after it).
    if (changedKey && !sameOtherValues(m_entries, outcome.entries, *changedKey))
        return false;
    m_lines = lines;
    m_entries = outcome.entries;
    m_linesReliable = outcome.linesReliable;
    return true;
}

const FrontMatter::Entry *FrontMatter::find(const QString &key) const
{
    const auto it
        = std::find_if(m_entries.cbegin(), m_entries.cend(), [&key](const Entry &entry) { return entry.key == key; });
    return it == m_entries.cend() ? nullptr : &*it;
}

int FrontMatter::insertionLine() const
{
    // TOML keys after a [table] header belong to that table, so new top-level keys go before it.
    int line = 0;
    for (const Entry &entry : m_entries) {
        if (entry.isTable && m_format == Format::Toml)
            return entry.firstLine;
        line = entry.lastLine + 1;
    }
    return m_entries.isEmpty() ? int(m_lines.size()) : line;
}

// Flow-style YAML (`{title: x, date: y}`) has no line per key; write it out again as one key per
// line. Comments inside it are lost, keys, values and order are not.
void FrontMatter::rewriteWhole(const QString &key, const QVariant &value, bool removeKey)
{
    QStringList lines;
    bool seen = false;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.key == key) {
            seen = true;
            if (removeKey)
                continue;
            lines += splitBlock(emit(m_format, key, value));
        } else {
            lines += splitBlock(emit(m_format, entry.key, entry.value));
        }
    }
    if (!seen && !removeKey)
        lines += splitBlock(emit(m_format, key, value));
    reload(lines, std::nullopt); // values written out again may read back as another type
}

} // namespace Byline::Core
