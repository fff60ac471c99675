#include "FormKeyGenerator.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Letters that Unicode does not decompose into a base letter and a mark.
QString spelledOut(QChar c)
{
    switch (c.unicode()) {
    case u'ß':
        return u"ss"_s;
    case u'æ':
        return u"ae"_s;
    case u'œ':
        return u"oe"_s;
    case u'ø':
        return u"o"_s;
    case u'đ':
        return u"d"_s;
    case u'ł':
        return u"l"_s;
    }
    const char16_t code = c.unicode();
    if ((code >= u'a' && code <= u'z') || (code >= u'0' && code <= u'9'))
        return QString(c);
    return {};
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

QString FormKeyGenerator::slug(const QString &label)
{
    // "Été" decomposes into "E", a mark, "te", a mark: the marks go.
    const QString decomposed = label.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.isMark() || isApostrophe(c))
            continue;
        const QString letters = spelledOut(c);
        if (letters.isEmpty()) {
            gap = true;
            continue;
        }
        if (gap && !slug.isEmpty())
            slug += u'_';
        slug += letters;
        gap = false;
    }

    // Long labels are cut at the end of a word.
    if (slug.size() > maxSlugLength) {
        slug.truncate(maxSlugLength);
        const qsizetype lastGap = slug.lastIndexOf(u'_');
        if (lastGap > maxSlugLength / 2)
            slug.truncate(lastGap);
    }
    return slug.isEmpty() ? u"field"_s : slug;
}

QString FormKeyGenerator::keyFor(const QString &label, const QStringList &usedKeys)
{
    const QString base = slug(label);
    const QSet<QString> used(usedKeys.begin(), usedKeys.end());
    if (!used.contains(base))
        return base;
    for (int number = 2;; ++number) {
        const QString candidate = base + u'_' + QString::number(number);
        if (!used.contains(candidate))
            return candidate;
    }
}
