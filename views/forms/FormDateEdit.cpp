#include "FormDateEdit.h"

#include <QKeyEvent>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The date of no answer, shown as the special value text: below any date a
// form asks for.
const QDate emptyDate(100, 1, 1);

// The locale's short format with numbers only and four-digit years, so that
// a date can be typed digit by digit; ISO 8601 in the C locale, whose short
// format names the month. Times to the minute: nobody books a second.
QString typingFormat(const QLocale &locale, bool withTime)
{
    QString format =
        locale.language() == QLocale::C ? u"yyyy-MM-dd"_s : locale.dateFormat(QLocale::ShortFormat);
    format.replace(u"MMMM"_s, u"MM"_s).replace(u"MMM"_s, u"MM"_s);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    if (!withTime)
        return format;
    static const QRegularExpression seconds(u"[:.]ss?"_s);
    return format + u' ' + locale.timeFormat(QLocale::ShortFormat).remove(seconds);
}

bool editsValue(const QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        return true;
    default:
        return !event->text().isEmpty() && event->text().at(0).isLetterOrNumber();
    }
}

} // namespace

FormDateEdit::FormDateEdit(bool withTime, QWidget *parent)
    : QDateTimeEdit(parent)
    , m_withTime(withTime)
{
    setDisplayFormat(typingFormat(locale(), withTime));
    setCalendarPopup(true);
    setMinimumDateTime(QDateTime(emptyDate, QTime(0, 0)));
    setSpecialValueText(tr("No date"));
    clear();
}

void FormDateEdit::clear()
{
    setDateTime(minimumDateTime());
}

QSize FormDateEdit::sizeHint() const
{
    // Qt's hint leaves the date touching the arrow: a little air.
    return QDateTimeEdit::sizeHint() + QSize(fontMetrics().averageCharWidth() * 2, 0);
}

void FormDateEdit::leaveEmpty()
{
    if (!isEmpty())
        return;
    // Today, and the next hour for a time: the first slot that can still
    // be booked.
    const QTime time =
        m_withTime ? QTime(QTime::currentTime().hour(), 0).addSecs(3600) : QTime(0, 0);
    setDateTime(QDateTime(QDate::currentDate(), time));
    // The key typed replaces the first part of the date, as on a date shown.
    setCurrentSectionIndex(0);
    setSelectedSection(sectionAt(0));
}

bool FormDateEdit::event(QEvent *event)
{
    // A form is filled in with Tab from field to field: Tab leaves the date
    // rather than moving to its next part, which the separators and the
    // arrow keys reach.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool back = key->key() == Qt::Key_Backtab || key->modifiers() & Qt::ShiftModifier;
            QWidget::focusNextPrevChild(!back);
            return true;
        }
    }
    return QDateTimeEdit::event(event);
}

void FormDateEdit::keyPressEvent(QKeyEvent *event)
{
    // Qt moves on to the next part once one is complete ("12" for a month):
    // the separator typed after it would skip a part, so it is dropped.
    const QString text = event->text();
    const bool separator = !text.isEmpty() && (text.at(0).isPunct() || text.at(0).isSpace());
    if (separator && m_movedOn) {
        m_movedOn = false;
        event->accept();
        return;
    }
    if (editsValue(event))
        leaveEmpty();
    const int section = currentSectionIndex();
    QDateTimeEdit::keyPressEvent(event);
    m_movedOn =
        !text.isEmpty() && text.at(0).isLetterOrNumber() && currentSectionIndex() != section;
}

void FormDateEdit::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        leaveEmpty();
    QDateTimeEdit::mousePressEvent(event);
}

void FormDateEdit::wheelEvent(QWheelEvent *event)
{
    // A wheel scrolling the form past the editor leaves its date alone.
    if (isEmpty() || !hasFocus()) {
        event->ignore();
        return;
    }
    QDateTimeEdit::wheelEvent(event);
}
