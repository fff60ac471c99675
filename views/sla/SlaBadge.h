#pragma once

#include "sla/RequestSla.h"

#include <QWidget>

class QLabel;

// A request's due date with its mark: green on track, orange warning, red
// critical, a dark red "breached"; met and missed once done. An estimate
// (no SLA) reads "expected" rather than "due", and is never more than late.
class SlaBadge : public QWidget
{
    Q_OBJECT

public:
    explicit SlaBadge(QWidget *parent = nullptr);

    void setSla(const RequestSla &sla);
    QString text() const;
    // The mark's colour, for tests and for the queue's delegate.
    static QColor colorFor(SlaState::Value state);

private:
    QLabel *m_mark = nullptr;
    QLabel *m_text = nullptr;
};
