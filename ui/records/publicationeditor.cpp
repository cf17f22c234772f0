// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicationeditor.h"

#include "app/session.h"
#include "commands/recordcommands.h"
#include "common/clock.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fd {

PublicationEditor::PublicationEditor(Session &session, QWidget *parent)
    : RecordEditor(parent), m_session(session), m_heading(makeHeading()), m_title(new QLineEdit(this)), m_authors(new QLineEdit(this)),
      m_venue(new QLineEdit(this)), m_year(new QSpinBox(this)), m_status(new QComboBox(this)), m_link(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)), m_errorLabel(makeErrorLabel())
{
    m_title->setObjectName(QStringLiteral("title"));
    m_authors->setObjectName(QStringLiteral("authors"));
    m_authors->setPlaceholderText(tr("First author, second author…"));
    m_venue->setPlaceholderText(tr("Journal, book or series, with the issue"));
    m_year->setRange(1900, 2999);
    m_year->setObjectName(QStringLiteral("year"));
    for (auto s : {PublicationStatus::Published, PublicationStatus::Forthcoming, PublicationStatus::Planned})
        m_status->addItem(publicationStatusLabel(s), int(s));
    m_status->setObjectName(QStringLiteral("status"));
    m_link->setPlaceholderText(QStringLiteral("https://"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_notes->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMaximumWidth(readableFormWidth(this));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Authors:"), m_authors);
    form->addRow(tr("Published &in:"), m_venue);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Link:"), m_link);
    form->addRow(tr("N&otes:"), m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(makeButtons());
    layout->addStretch();

    m_errors = std::make_unique<FormErrors>(m_errorLabel);
    m_errors->bind(QStringLiteral("title"), m_title);
    m_errors->bind(QStringLiteral("year"), m_year);
    m_errors->bind(QStringLiteral("link"), m_link);
    watchFields({m_title, m_authors, m_venue, m_year, m_status, m_link, m_notes});

    connect(session.notifier(), &Notifier::changed, this, &PublicationEditor::onChanged);
    clear();
}

void PublicationEditor::setEnabledForm(bool enabled)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_authors, m_venue, m_year, m_status, m_link, m_notes})
        w->setEnabled(enabled);
}

void PublicationEditor::clear()
{
    m_loading = true;
    m_original = Publication();
    m_original.year = today().year();
    setNew(false);
    fillForm(m_original);
    m_heading->setText(tr("No publication selected"));
    setEnabledForm(false);
    m_loading = false;
    setDirty(false);
}

void PublicationEditor::show(const Publication &publication)
{
    m_loading = true;
    m_original = publication;
    setNew(false);
    fillForm(publication);
    setEnabledForm(true);
    m_loading = false;
    setDirty(false);
}

void PublicationEditor::load(qint64 id)
{
    auto p = Publications(m_session.db()).byId(id);
    if (p)
        show(*p);
    else
        clear();
}

void PublicationEditor::startNew()
{
    m_loading = true;
    Publication p;
    p.year = today().year();
    m_original = p;
    setNew(true);
    fillForm(p);
    m_heading->setText(tr("New publication"));
    setEnabledForm(true);
    m_loading = false;
    setDirty(false);
    focusFirstField();
}

void PublicationEditor::fillForm(const Publication &p)
{
    m_heading->setText(p.title);
    m_title->setText(p.title);
    m_authors->setText(p.authors);
    m_venue->setText(p.venue);
    m_year->setValue(p.year);
    m_status->setCurrentIndex(m_status->findData(int(p.status)));
    m_link->setText(p.link);
    m_notes->setPlainText(p.notes);
    m_errors->clear();
}

Publication PublicationEditor::formValues() const
{
    Publication p = m_original;
    p.title = m_title->text();
    p.authors = m_authors->text();
    p.venue = m_venue->text();
    p.year = m_year->value();
    p.status = PublicationStatus(m_status->currentData().toInt());
    p.link = m_link->text().trimmed();
    p.notes = m_notes->toPlainText();
    Publications::normalise(p);
    return p;
}

void PublicationEditor::focusFirstField()
{
    m_title->setFocus();
    m_title->selectAll();
}

bool PublicationEditor::save()
{
    if (!isDirty() && !isNew())
        return true;
    m_errors->clear();
    const Publication values = formValues();
    if (const FieldErrors errors = validate(values); !errors.isEmpty()) {
        m_errors->show(errors);
        return false;
    }
    qint64 id = m_original.id;
    if (isNew()) {
        auto created = commands::addPublication(m_session, values);
        if (!created) {
            m_errors->show(created.error());
            return false;
        }
        id = *created;
    } else if (Status s = commands::editPublication(m_session, m_original, values); !s) {
        m_errors->show(s.error());
        return false;
    }
    load(id);
    emit saved(id);
    return true;
}

void PublicationEditor::onChanged(Entity entity, ChangeKind kind, const QList<qint64> &ids)
{
    if (entity != Entity::Publication || isNew() || m_original.id == 0 || !ids.contains(m_original.id))
        return;
    if (kind == ChangeKind::Removed)
        clear();
    else if (!isDirty()) // changed elsewhere (an undo): show it, unless the user is typing
        load(m_original.id);
}

} // namespace fd
