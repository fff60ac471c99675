#pragma once

#include <QWidget>

class QLabel;

// The top of a service's page: icon, name and category, the description
// (Markdown), then how long it takes and who approves it.
class ServiceIntro : public QWidget
{
    Q_OBJECT

public:
    struct Content
    {
        QString iconName;
        QString name;
        QString categoryPath; // "Equipment › Workstation"
        QString description;  // Markdown
        QString commitment;   // empty when the service gives no delay
        QString approval;     // RequestGuidance::approverSentence()
    };

    explicit ServiceIntro(QWidget *parent = nullptr);

    void setContent(const Content &content);

private:
    QLabel *m_icon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_delayCaption = nullptr;
    QLabel *m_delay = nullptr;
    QLabel *m_approval = nullptr;
};
