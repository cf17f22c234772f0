// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindeditor.h"

#include "app/session.h"
#include "commands/recordcommands.h"
#include "records/childrows.h"
#include "records/filefield.h"
#include "records/kindextras.h"
#include "records/referringrows.h"
#include "common/clock.h"
#include "common/dateedit.h"
#include "common/dates.h"
#include "db/database.h"
#include "db/tables.h"
#include "people/personpicker.h"
#include "people/personrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fd {

namespace {

bool isNotes(const Column &c)
{
    return c.type == ColumnType::Text && c.maxBytes >= TextSize::Notes;
}

bool refersToPeople(const Column &c)
{
    return c.type == ColumnType::Reference && c.refTable == QLatin1String("people");
}

} // namespace

KindEditor::KindEditor(Session &session, const RecordKind &kind, QWidget *parent)
    : RecordEditor(parent), m_session(session), m_kind(kind), m_heading(makeHeading()), m_errorLabel(makeErrorLabel())
{
    setObjectName(kind.name + QLatin1String("-editor"));
    auto *formWidget = new QWidget;
    auto *form = new QFormLayout(formWidget);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setContentsMargins(0, 0, 0, 0);
    m_errors = std::make_unique<FormErrors>(m_errorLabel);
    QList<QWidget *> watched;
    for (const Column &c : kind.table->columns()) {
        if (c.has(ColumnFlag::System) || c.has(ColumnFlag::Derived) || c.name == kind.parentColumn)
            continue;
        // The name of a file is shown with the file, not as a field of its own.
        if (c.name.endsWith(QLatin1String("_name")) && kind.table->find(c.name.chopped(5))
            && kind.table->find(c.name.chopped(5))->type == ColumnType::BlobRef)
            continue;
        QWidget *w = makeField(c);
        w->setObjectName(c.name);
        m_columns << c.name;
        m_fields.insert(c.name, w);
        form->addRow(columnLabel(c) + QLatin1Char(':'), w);
        m_errors->bind(c.name, w);
        if (!refersToPeople(c))
            watched << w;
    }
    setMaximumWidth(readableFormWidth(this));

    // The page scrolls the editor when the form is taller than the window.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(formWidget);
    layout->addWidget(m_errorLabel);
    layout->addLayout(makeButtons());
    // What belongs to the record: who takes part, the answers, the values.
    for (const RecordKind *child : childKindsOf(kind)) {
        auto *rows = new ChildRows(session, *child, this);
        m_children << rows;
        layout->addSpacing(8);
        layout->addWidget(rows);
    }
    // What the declaration cannot describe (kindextras.cpp says which kind has what).
    if ((m_extra = makeKindExtra(session, kind, this)))
        layout->addWidget(m_extra);
    // What refers to the record from elsewhere (a project's events), to look at and open.
    for (const auto &[table, column] : listedReferencesTo(*kind.table)) {
        auto *rows = new ReferringRows(session, *table, *column, this);
        connect(rows, &ReferringRows::openRecord, this, &KindEditor::openRecord);
        m_referring.insert(table->name(), rows);
        layout->addSpacing(8);
        layout->addWidget(rows);
    }
    layout->addStretch();
    for (QWidget *w : std::as_const(watched))
        watchFields({w});

    connect(session.notifier(), &Notifier::changed, this, &KindEditor::onChanged);
    clear();
}

QWidget *KindEditor::makeField(const Column &c)
{
    if (!c.allowed.isEmpty()) {
        auto *box = new QComboBox(this);
        for (const QString &key : c.allowed)
            box->addItem(valueLabel(c, key), key);
        return box;
    }
    switch (c.type) {
    case ColumnType::BlobRef: {
        auto *file = new FileField(m_session.db(), this);
        connect(file, &FileField::changed, this, [this] { markDirty(); });
        return file;
    }
    case ColumnType::Date:
        return new DateEdit(this);
    case ColumnType::Bool:
        return new QCheckBox(this);
    case ColumnType::Integer:
    case ColumnType::BigInt: {
        auto *edit = new QLineEdit(this);
        edit->setValidator(new QIntValidator(0, 1000000000, edit));
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
        return edit;
    }
    case ColumnType::Reference: {
        if (refersToPeople(c)) {
            // Found by typing a few letters, like everywhere people are chosen.
            auto *picker = new PersonPicker(m_session.peopleIndex(), this);
            picker->setPlaceholderText(tr("Type a name, then choose…"));
            connect(picker, &PersonPicker::personChosen, this, [this, picker, name = c.name](qint64 id) {
                m_chosenPeople.insert(name, id);
                auto person = PersonRepository(m_session.db()).byId(id);
                const QSignalBlocker block(picker);
                picker->setText(person ? person->fullName() : QString());
                markDirty();
            });
            connect(picker, &QLineEdit::textEdited, this, [this] { markDirty(); });
            return picker;
        }
        // A member or an event: chosen from the list, or typed (any part of the name).
        auto *box = new QComboBox(this);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->completer()->setFilterMode(Qt::MatchContains);
        box->completer()->setCompletionMode(QCompleter::PopupCompletion);
        return box;
    }
    default:
        break;
    }
    if (isNotes(c)) {
        auto *notes = new QPlainTextEdit(this);
        notes->setTabChangesFocus(true);
        notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 3 + 12);
        notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        return notes;
    }
    auto *edit = new QLineEdit(this);
    if (c.maxBytes == TextSize::Link)
        edit->setPlaceholderText(QStringLiteral("https://"));
    return edit;
}

void KindEditor::fillChoices()
{
    // Read when the form is first used, not when the page is built.
    if (m_choicesFilled)
        return;
    m_choicesFilled = true;
    for (const Column *c : m_kind.table->references()) {
        auto *box = qobject_cast<QComboBox *>(m_fields.value(c->name));
        const Table *ref = tables::find(c->refTable);
        if (!box || !ref)
            continue;
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(QString(), qint64(0));
        if (auto choices = referenceChoices(m_session.db(), *ref)) {
            for (const auto &[id, title] : std::as_const(*choices))
                box->addItem(title, id);
        }
    }
}

ChildRows *KindEditor::childRows(const QString &kind) const
{
    for (ChildRows *rows : m_children) {
        if (rows->kind().name == kind)
            return rows;
    }
    return nullptr;
}

ReferringRows *KindEditor::referringRows(const QString &table) const
{
    return m_referring.value(table);
}

void KindEditor::showChildrenOf(qint64 id)
{
    for (ChildRows *rows : std::as_const(m_children))
        rows->setParentId(id);
    if (m_extra)
        m_extra->setRecordId(id);
    for (ReferringRows *rows : std::as_const(m_referring))
        rows->setRecordId(id);
}

void KindEditor::setEnabledForm(bool enabled)
{
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(enabled);
}

void KindEditor::clear()
{
    m_loading = true;
    m_original = Record{&m_kind, 0, 0, {}};
    setNew(false);
    fillForm(m_original);
    m_heading->setText(tr("Nothing selected"));
    setEnabledForm(false);
    showChildrenOf(0);
    m_loading = false;
    setDirty(false);
}

void KindEditor::show(const Record &record)
{
    m_loading = true;
    m_original = record;
    setNew(false);
    fillForm(record);
    setEnabledForm(true);
    showChildrenOf(record.id);
    m_loading = false;
    setDirty(false);
}

void KindEditor::load(qint64 id)
{
    fillChoices();
    auto r = Records(m_session.db(), m_kind).byId(id);
    if (r)
        show(*r);
    else
        clear();
}

void KindEditor::startNew()
{
    fillChoices();
    m_loading = true;
    Record fresh{&m_kind, 0, 0, {}};
    // A new record of the year starts today, where it has a date.
    if (!m_kind.dateColumn.isEmpty())
        fresh.values.insert(m_kind.dateColumn, toDbDate(today()));
    m_original = fresh;
    setNew(true);
    fillForm(fresh);
    m_heading->setText(tr("New: %1").arg(m_kind.singularLabel()));
    setEnabledForm(true);
    showChildrenOf(0);
    m_loading = false;
    setDirty(false);
    focusFirstField();
}

void KindEditor::fillForm(const Record &r)
{
    m_heading->setText(r.title());
    m_chosenPeople.clear();
    for (const QString &name : std::as_const(m_columns)) {
        const Column *c = m_kind.table->find(name);
        QWidget *w = m_fields.value(name);
        const QVariant v = r.value(name);
        if (auto *file = qobject_cast<FileField *>(w)) {
            file->setHash(v.toString(), r.text(name + QLatin1String("_name")));
        } else if (auto *picker = qobject_cast<PersonPicker *>(w)) {
            const QSignalBlocker block(picker);
            picker->setText(r.text(referenceTitleKey(name)));
            if (v.toLongLong() > 0)
                m_chosenPeople.insert(name, v.toLongLong());
        } else if (auto *box = qobject_cast<QComboBox *>(w)) {
            if (c->type == ColumnType::Reference) {
                const int i = v.isNull() ? 0 : box->findData(v.toLongLong());
                box->setCurrentIndex(i >= 0 ? i : 0);
            } else {
                // A new record: the declared default (the first allowed value otherwise).
                QString key = v.toString();
                if (key.isEmpty() && c->defaultSql.startsWith(QLatin1Char('\'')))
                    key = c->defaultSql.mid(1, c->defaultSql.size() - 2);
                const int i = box->findData(key);
                box->setCurrentIndex(i >= 0 ? i : 0);
            }
        } else if (auto *date = qobject_cast<DateEdit *>(w)) {
            date->setDate(fromDbDate(v));
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            check->setChecked(v.toBool());
        } else if (auto *notes = qobject_cast<QPlainTextEdit *>(w)) {
            notes->setPlainText(v.toString());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setText(v.toString());
        }
    }
    m_errors->clear();
}

QVariantMap KindEditor::formValues() const
{
    QVariantMap values;
    if (m_kind.isChild() && isNew())
        values.insert(m_kind.parentColumn, m_parentId);
    for (const QString &name : std::as_const(m_columns)) {
        const Column *c = m_kind.table->find(name);
        QWidget *w = m_fields.value(name);
        if (auto *file = qobject_cast<FileField *>(w)) {
            values.insert(name, file->hash().isEmpty() ? QVariant() : QVariant(file->hash()));
            // A column "<name>_name" keeps the file's name.
            if (m_kind.table->find(name + QLatin1String("_name")))
                values.insert(name + QLatin1String("_name"), file->hash().isEmpty() ? QString() : file->fileName());
        } else if (auto *picker = qobject_cast<PersonPicker *>(w)) {
            values.insert(name, picker->text().trimmed().isEmpty() ? QVariant() : QVariant(m_chosenPeople.value(name)));
        } else if (auto *box = qobject_cast<QComboBox *>(w)) {
            if (c->type == ColumnType::Reference) {
                // What is typed must be one of the list (any case).
                const int i = box->findText(box->currentText().trimmed(), Qt::MatchFixedString);
                values.insert(name, box->currentText().trimmed().isEmpty() ? QVariant() : QVariant(i > 0 ? box->itemData(i).toLongLong() : -1));
            } else {
                values.insert(name, box->currentData());
            }
        } else if (auto *date = qobject_cast<DateEdit *>(w)) {
            values.insert(name, date->hasValidInput() ? toDbDate(date->date()) : QVariant(date->text()));
        } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
            values.insert(name, check->isChecked());
        } else if (auto *notes = qobject_cast<QPlainTextEdit *>(w)) {
            values.insert(name, notes->toPlainText());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            values.insert(name, edit->text());
        }
    }
    return values;
}

void KindEditor::focusFirstField()
{
    // The first field people fill: the first required one, else the first.
    QWidget *first = nullptr;
    for (const QString &name : std::as_const(m_columns)) {
        if (m_kind.table->find(name)->has(ColumnFlag::NonEmpty)) {
            first = m_fields.value(name);
            break;
        }
    }
    if (!first && !m_columns.isEmpty())
        first = m_fields.value(m_columns.first());
    if (!first)
        return;
    first->setFocus();
    if (auto *edit = qobject_cast<QLineEdit *>(first))
        edit->selectAll();
}

bool KindEditor::save()
{
    if (!isDirty() && !isNew())
        return true;
    m_errors->clear();
    QVariantMap values = formValues();
    FieldErrors errors;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Column *c = m_kind.table->find(it.key());
        if (it.key() == m_kind.parentColumn)
            continue;
        if (c->type == ColumnType::Reference && it.value().toLongLong() < 0)
            errors.append({it.key(), tr("%1: choose one from the list.").arg(columnLabel(*c))});
        else if (auto *picker = qobject_cast<PersonPicker *>(m_fields.value(it.key())); picker && !picker->text().trimmed().isEmpty()) {
            auto person = PersonRepository(m_session.db()).byId(m_chosenPeople.value(it.key()));
            if (!person || person->fullName() != picker->text().trimmed())
                errors.append({it.key(), tr("%1: type a name and choose the person from the list.").arg(columnLabel(*c))});
        }
    }
    if (errors.isEmpty())
        errors = Records::check(m_kind, values);
    if (!errors.isEmpty()) {
        m_errors->show(errors);
        return false;
    }
    qint64 id = m_original.id;
    if (isNew()) {
        auto created = commands::addRecord(m_session, m_kind, values);
        if (!created) {
            m_errors->show(created.error());
            return false;
        }
        id = *created;
    } else {
        Record after = m_original;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            after.values.insert(it.key(), it.value());
        if (Status s = commands::editRecord(m_session, m_original, after); !s) {
            m_errors->show(s.error());
            return false;
        }
    }
    load(id);
    emit saved(id);
    return true;
}

void KindEditor::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    // A member or event added or renamed: the lists of choices are read again when next used.
    for (const Column *c : m_kind.table->references()) {
        const Table *ref = tables::find(c->refTable);
        if (ref && ref->entity() == entity && !refersToPeople(*c))
            m_choicesFilled = false;
    }
    if (entity != m_kind.table->entity() || isNew() || m_original.id == 0 || !ids.contains(m_original.id))
        return;
    if (kind == ChangeKind::Removed)
        clear();
    else if (!isDirty()) // changed elsewhere (an undo): show it, unless the user is typing
        load(m_original.id);
}

} // namespace fd
