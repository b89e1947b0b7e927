#pragma once

#include "diagnostic.h"

#include <QStringList>
#include <QVariant>

#include <optional>

namespace Byline::Core {

// The metadata block at the top of an article: YAML between `---` lines or TOML between `+++`
// lines. It keeps the block's own text and edits it line by line, so keys Byline does not know,
// their values, their order, comments and quoting all survive load → edit → save untouched.
class FrontMatter final
{
public:
    enum class Format { None, Yaml, Toml };

    FrontMatter() = default;
    explicit FrontMatter(Format format);

    // Parses the lines between the delimiters. `firstLine` is the file line of the block's first
    // line, so messages name lines of the file. On failure: std::nullopt and an Error naming the line.
    [[nodiscard]] static std::optional<FrontMatter> parse(Format format, const QString &block, int firstLine,
                                                          Diagnostics *diagnostics);

    [[nodiscard]] Format format() const { return m_format; }
    [[nodiscard]] bool isNull() const { return m_format == Format::None; }
    // The block between the delimiters, every line ending in '\n'.
    [[nodiscard]] QString text() const;
    // The block with its delimiters, ready to stand at the top of a file.
    [[nodiscard]] QString toFileText() const;
    [[nodiscard]] QString delimiter() const;
    [[nodiscard]] int lineCount() const { return int(m_lines.size()); }

    [[nodiscard]] QStringList keys() const;
    // A setValue or remove was refused because the block, written with the change, would not read
    // back as changed (or would change other keys): the block is as it was.
    [[nodiscard]] bool refusedAnEdit() const { return m_refusedAnEdit; }
    [[nodiscard]] bool contains(const QString &key) const;
    // Strings, qint64, double, bool, QDate, QDateTime, QVariantList or QVariantMap; invalid when absent.
    [[nodiscard]] QVariant value(const QString &key) const;
    // The file line where `key` starts; 0 when absent.
    [[nodiscard]] int line(const QString &key) const;

    // Sets a top-level key to a QString, QStringList, integer, QDate or QDateTime. An existing key
    // keeps its place; a new one goes at the end of the top-level keys.
    bool setValue(const QString &key, const QVariant &value);
    // Sets several keys, in order. A block without keys (a new article's) takes them all and is
    // read back once, with setValue's checks; otherwise, or when that fails, they go one by one.
    void setValues(const QList<std::pair<QString, QVariant>> &values);
    bool remove(const QString &key);

    struct Entry
    {
        QString key;
        QVariant value;
        int firstLine = 0; // 0-based lines of the block
        int lastLine = 0;
        bool isTable = false;
    };

private:
    // Takes `lines` as the block when they parse and, unless `changedKey` is std::nullopt, keep
    // every value but its.
    // What the changed key must be after the edit, read back.
    enum class Expect { Any, Present };
    bool reload(const QStringList &lines, const std::optional<QString> &changedKey, Expect expect = Expect::Any);
    [[nodiscard]] const Entry *find(const QString &key) const;
    [[nodiscard]] int insertionLine() const;
    void rewriteWhole(const QString &key, const QVariant &value, bool removeKey);

    Format m_format = Format::None;
    QStringList m_lines;
    QList<Entry> m_entries;
    int m_firstLine = 2;
    bool m_linesReliable = true;
    bool m_refusedAnEdit = false;
};

} // namespace Byline::Core
