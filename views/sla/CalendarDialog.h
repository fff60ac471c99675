#pragma once

#include "SlaEditorDialog.h"
#include "sla/BusinessCalendar.h"

class CalendarForm;
class CalendarStore;

// ITSM → SLA → Calendars…: the business calendars in which SLA policies
// count, created, edited, duplicated and deleted through the store (which
// refuses to delete a calendar a policy counts in).
class CalendarDialog : public SlaEditorDialog
{
    Q_OBJECT

public:
    explicit CalendarDialog(CalendarStore &calendars, QWidget *parent = nullptr);

    CalendarForm *form() const { return m_form; }

protected:
    Result<QList<std::pair<qint64, QString>>> entries() const override;
    Status showEntry(qint64 id) override;
    void showDraft(bool copy) override;
    qint64 shownId() const override;
    QString shownName() const override;
    bool isModified() const override;
    std::optional<qint64> save() override;
    Status remove(qint64 id) override;
    QString deleteQuestion(const QString &name) const override;
    void showError(const QString &message) override;

private:
    BusinessCalendar newCalendar() const;
    QString copyName(const QString &name) const;

    CalendarStore &m_calendars;
    CalendarForm *m_form = nullptr;
};
