// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/formhelpers.h"
#include "common/recordeditor.h"
#include "db/notifier.h"
#include "records/recordkind.h"

#include <QHash>

#include <memory>

class QLabel;

namespace fd {

class ChildRows;
class KindExtra;
class ReferringRows;
class Session;

// The form of any declared kind, built from its table's declaration: a line
// for a name, a box for notes, a date field, a list of the allowed values, a
// member or event chosen from a list, a person found by typing. Enter or
// Ctrl+S saves, each save one undoable step; the rules are the core's.
class KindEditor : public RecordEditor
{
    Q_OBJECT
public:
    KindEditor(Session &session, const RecordKind &kind, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;
    void clear() override;
    qint64 currentId() const override { return m_original.id; }
    QString currentTitle() const override { return m_original.title(); }
    bool save() override;
    void focusFirstField() override;

    // The field of a column (for tests and the first focus), or nullptr.
    QWidget *field(const QString &column) const { return m_fields.value(column); }
    // A child kind's form: the record its rows belong to (not a field).
    void setParentId(qint64 parentId) { m_parentId = parentId; }
    // The rows of a child kind below the form (a survey's answers), or nullptr.
    ChildRows *childRows(const QString &kind) const;
    // What the kind shows below its rows beyond the declaration (a metric's chart), or nullptr.
    KindExtra *extra() const { return m_extra; }
    // The rows of another table that refer to the record (a project's events), or nullptr.
    ReferringRows *referringRows(const QString &table) const;

signals:
    void openRecord(fd::Entity entity, qint64 id); // a row of a referring list, on its own page

private:
    QWidget *makeField(const Column &column);
    void show(const Record &record);
    void fillForm(const Record &record);
    QVariantMap formValues() const;
    void setEnabledForm(bool enabled);
    void fillChoices();
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);

    Session &m_session;
    const RecordKind &m_kind;
    Record m_original;
    QLabel *m_heading;
    QLabel *m_errorLabel;
    QStringList m_columns;             // the form's columns, in order
    QHash<QString, QWidget *> m_fields;
    QHash<QString, qint64> m_chosenPeople; // person fields: who was chosen
    bool m_choicesFilled = false;
    qint64 m_parentId = 0;
    QList<ChildRows *> m_children;
    KindExtra *m_extra = nullptr;
    QHash<QString, ReferringRows *> m_referring; // by table
    void showChildrenOf(qint64 id);
    std::unique_ptr<FormErrors> m_errors;
};

} // namespace fd
