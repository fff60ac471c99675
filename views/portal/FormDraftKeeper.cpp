#include "FormDraftKeeper.h"

#include "forms/FormRenderer.h"

#include <QCoreApplication>
#include <QTimer>

FormDraftKeeper::FormDraftKeeper(FormRenderer *form, DraftStore store, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_store(std::move(store))
{
    // Started by the first edit and not restarted by the next ones: a long
    // burst of typing is still saved every two seconds.
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(saveDelayMs);
    connect(m_timer, &QTimer::timeout, this, &FormDraftKeeper::saveNow);
    connect(form, &FormRenderer::answersChanged, this, &FormDraftKeeper::edited);
    connect(qApp, &QCoreApplication::aboutToQuit, this, &FormDraftKeeper::saveNow);
}

FormDraftKeeper::~FormDraftKeeper()
{
    saveNow();
}

Result<std::optional<DraftStore::Draft>> FormDraftKeeper::begin(qint64 personId, qint64 serviceId,
                                                                int formVersion)
{
    saveNow();
    m_personId = personId;
    m_serviceId = serviceId;
    m_formVersion = formVersion;
    m_changed = false;
    if (personId <= 0 || serviceId <= 0)
        return std::optional<DraftStore::Draft>();

    auto draft = m_store.load(personId, serviceId);
    if (draft && draft->has_value() && m_form) {
        m_filling = true;
        m_form->setAnswers((*draft)->answers);
        m_filling = false;
    }
    return draft;
}

void FormDraftKeeper::edited()
{
    if (m_filling || m_serviceId <= 0 || m_personId <= 0)
        return;
    m_changed = true;
    if (!m_timer->isActive())
        m_timer->start();
}

Status FormDraftKeeper::saveNow()
{
    m_timer->stop();
    if (!m_changed || !m_form)
        return {};
    m_changed = false;
    DraftStore::Draft draft;
    draft.personId = m_personId;
    draft.serviceId = m_serviceId;
    draft.formVersion = m_formVersion;
    draft.answers = m_form->answers();
    const Status saved = m_store.save(draft, m_form->schema());
    if (!saved)
        emit saveFailed(saved.error());
    return saved;
}

Status FormDraftKeeper::discard()
{
    m_timer->stop();
    m_changed = false;
    return m_store.remove(m_personId, m_serviceId);
}
