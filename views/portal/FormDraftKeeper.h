#pragma once

#include "portal/DraftStore.h"

#include <QObject>
#include <QPointer>

class FormRenderer;
class QTimer;

// Keeps the form being filled in as a draft: written a little after the
// requester types (at most every two seconds), when asked (leaving the page,
// closing the program), and gone once the request is sent.
class FormDraftKeeper : public QObject
{
    Q_OBJECT

public:
    FormDraftKeeper(FormRenderer *form, DraftStore store, QObject *parent = nullptr);
    ~FormDraftKeeper() override;

    static constexpr int saveDelayMs = 2000;

    // Starts keeping the form for this person and service, and fills it
    // with their draft when there is one (returned, or a failure to read it).
    Result<std::optional<DraftStore::Draft>> begin(qint64 personId, qint64 serviceId,
                                                   int formVersion);
    // Writes the draft now if the form changed since the last write.
    Status saveNow();
    // Removes the draft and forgets the edits so far; later ones are kept.
    Status discard();

signals:
    void saveFailed(const QString &message);

private:
    void edited();

    QPointer<FormRenderer> m_form;
    DraftStore m_store;
    QTimer *m_timer = nullptr;
    qint64 m_personId = 0;
    qint64 m_serviceId = 0;
    int m_formVersion = 0;
    bool m_changed = false;
    bool m_filling = false;
};
