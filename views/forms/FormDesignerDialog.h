#pragma once

#include "forms/FormSchema.h"
#include "people/Person.h"

#include <QDialog>

class FormDesignerDocument;
class FormDesignerFieldEditor;
class FormDesignerFieldList;
class FormDesignerPreview;
class FormDesignerProblemList;
class QPushButton;
class QSplitter;

// Where administrators design the request form of a service: the fields in
// order on the left, the properties of the selected one in the middle, the
// form as requesters will see it on the right, and what is wrong with it
// underneath. Every change can be undone. OK is refused while the form has
// problems.
class FormDesignerDialog : public QDialog
{
    Q_OBJECT

public:
    // retiredKeys: every key the form has ever used, so that no new field
    // takes one of them; people: offered by person fields.
    FormDesignerDialog(const FormSchema &schema, const QStringList &retiredKeys,
                       const QList<Person> &people, QWidget *parent = nullptr);
    ~FormDesignerDialog() override;

    // The form as designed; after accept(), the one to use.
    FormSchema schema() const { return m_schema; }
    FormDesignerDocument *document() const { return m_document; }

    void accept() override;
    void reject() override;
    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void connectDocument();
    void refresh();
    void restoreLayout();

    FormDesignerDocument *m_document = nullptr;
    FormSchema m_schema;
    FormDesignerFieldList *m_fieldList = nullptr;
    FormDesignerFieldEditor *m_editor = nullptr;
    FormDesignerPreview *m_preview = nullptr;
    FormDesignerProblemList *m_problems = nullptr;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_ok = nullptr;
};
