#include "SqlScript.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Inside a trigger body the statement ends at END; not at the first ';'.
bool opensTriggerBody(const QString &statement)
{
    static const QRegularExpression trigger(u"^\\s*CREATE\\s+(TEMP\\s+)?TRIGGER\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statement).hasMatch();
}

bool endsTriggerBody(const QString &statement)
{
    static const QRegularExpression end(u"\\bEND\\s*$"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    return end.match(statement).hasMatch();
}

} // namespace

QStringList SqlScript::split(const QString &script)
{
    QStringList statements;
    QString current;
    bool inQuote = false;
    bool inDollar = false;

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < script.size() ? script[i + 1] : QChar();

        if (!inQuote && !inDollar && c == u'-' && next == u'-') {
            while (i < script.size() && script[i] != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (!inDollar && c == u'\'')
            inQuote = !inQuote;
        if (!inQuote && c == u'$' && next == u'$') {
            inDollar = !inDollar;
            current += u"$$"_s;
            ++i;
            continue;
        }
        if (c == u';' && !inQuote && !inDollar) {
            const QString trimmed = current.trimmed();
            if (opensTriggerBody(trimmed) && !endsTriggerBody(trimmed)) {
                current += c;
                continue;
            }
            if (!trimmed.isEmpty())
                statements << trimmed;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}
