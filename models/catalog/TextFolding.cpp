#include "TextFolding.h"

QString TextFolding::fold(const QString &text)
{
    // Decomposed, an accented letter is its base letter then combining marks.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        folded.append(c.toLower());
    }
    return folded;
}
