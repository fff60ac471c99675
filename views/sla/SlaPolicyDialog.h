#pragma once

#include "SlaEditorDialog.h"

class CalendarStore;
class SlaPolicyForm;
class SlaPolicyStore;

// ITSM → SLA → Policies…: the SLA policies, each with its calendar,
// thresholds and targets per priority, created, edited, duplicated and
// deleted through the store.
class SlaPolicyDialog : public SlaEditorDialog
{
    Q_OBJECT

public:
    SlaPolicyDialog(SlaPolicyStore &policies, const CalendarStore &calendars,
                    QWidget *parent = nullptr);

    SlaPolicyForm *form() const { return m_form; }

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
    void refreshCalendars();
    QString copyName(const QString &name) const;

    SlaPolicyStore &m_policies;
    const CalendarStore &m_calendars;
    SlaPolicyForm *m_form = nullptr;
};
