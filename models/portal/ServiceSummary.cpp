#include "ServiceSummary.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Marks that open a line: headings, bullets, numbers, quotes.
const QRegularExpression &lineMarks()
{
    static const QRegularExpression marks(
        u"^[ \\t]*(#{1,6}[ \\t]+|>[ \\t]?|[-*+][ \\t]+|\\d+[.)][ \\t]+)"_s,
        QRegularExpression::MultilineOption);
    return marks;
}

// [text](target) and ![text](target) keep their text.
const QRegularExpression &links()
{
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    return link;
}

// Emphasis: stars anywhere, underscores at a word's edge (not in file_name).
const QRegularExpression &emphasis()
{
    static const QRegularExpression marks(u"\\*+|`+|(?<!\\w)_+|_+(?!\\w)|~~"_s);
    return marks;
}

} // namespace

QString ServiceSummary::plainText(const QString &markdown)
{
    QString text = markdown;
    text.remove(lineMarks());
    text.replace(links(), u"\\1"_s);
    text.remove(emphasis());
    return text.simplified();
}

QString ServiceSummary::shortText(const QString &markdown, qsizetype maxLength)
{
    const QString text = plainText(markdown);
    // The first sentence ends at a stop followed by a space or the end.
    static const QRegularExpression stop(u"[.!?](\\s|$)"_s);
    const QRegularExpressionMatch end = stop.match(text);
    if (end.hasMatch() && end.capturedStart() < maxLength)
        return text.left(end.capturedStart() + 1);
    if (text.size() <= maxLength)
        return text;
    const qsizetype cut = text.lastIndexOf(u' ', maxLength - 1);
    return text.left(cut > 0 ? cut : maxLength - 1).trimmed() + u'…';
}
