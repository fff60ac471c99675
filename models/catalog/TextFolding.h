#pragma once

#include <QString>

// Text as the filters compare it: lower case, accents dropped ("Accès" reads
// "acces"), so that people find items without typing the exact spelling.
class TextFolding
{
public:
    static QString fold(const QString &text);
};
