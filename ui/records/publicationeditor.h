// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/formhelpers.h"
#include "common/recordeditor.h"
#include "db/notifier.h"
#include "records/publication.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace fd {

class Session;

// The form beside the publications table. Enter or Ctrl+S saves, each save
// one undoable step.
class PublicationEditor : public RecordEditor
{
    Q_OBJECT
public:
    explicit PublicationEditor(Session &session, QWidget *parent = nullptr);

    void load(qint64 id) override;
    void startNew() override;
    void clear() override;
    qint64 currentId() const override { return m_original.id; }
    QString currentTitle() const override { return m_original.title; }
    bool save() override;
    void focusFirstField() override;

private:
    void show(const Publication &publication);
    void fillForm(const Publication &publication);
    Publication formValues() const;
    void setEnabledForm(bool enabled);
    void onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids);

    Session &m_session;
    Publication m_original;
    QLabel *m_heading;
    QLineEdit *m_title;
    QLineEdit *m_authors;
    QLineEdit *m_venue;
    QSpinBox *m_year;
    QComboBox *m_status;
    QLineEdit *m_link;
    QPlainTextEdit *m_notes;
    QLabel *m_errorLabel;
    std::unique_ptr<FormErrors> m_errors;
};

} // namespace fd
