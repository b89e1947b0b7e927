#pragma once

#include <QList>
#include <QString>

namespace Byline::Core {

class FrontMatter;

// What changed in an article's front matter, key by key: a title retitled, a status moved on, a tag
// added. A word diff of the YAML would show quotes and dashes; an editor wants the fields.
class FrontMatterDiff final
{
public:
    struct Field
    {
        QString key;
        QString before; // as a reader sees the value: a list as "a, b"; empty when absent
        QString after;
        bool wasPresent = false;
        bool isPresent = false;

        friend bool operator==(const Field &, const Field &) = default;
    };

    // Keys in the new front matter's order, then the keys only the old one had.
    [[nodiscard]] static QList<Field> compare(const FrontMatter &before, const FrontMatter &after);

    [[nodiscard]] static QString displayValue(const QVariant &value);
};

} // namespace Byline::Core
