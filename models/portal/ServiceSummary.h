#pragma once

#include <QString>

// Service descriptions are Markdown. Cards show their start and the search
// reads their words: both want the text without its marks.
class ServiceSummary
{
public:
    static constexpr qsizetype defaultLength = 140;

    // The words of the Markdown without emphasis, headings, bullets, quote
    // marks, code ticks or link targets, on one line.
    static QString plainText(const QString &markdown);
    // The first sentence when it is short enough, else the start of the
    // text cut at a word with "…"; empty for an empty description.
    static QString shortText(const QString &markdown, qsizetype maxLength = defaultLength);
};
