// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventspage.h"

#include "app/session.h"
#include "commands/command.h"
#include "common/filterproxy.h"
#include "db/database.h"
#include "events/eventeditor.h"
#include "events/eventexports.h"
#include "events/eventkindsdialog.h"
#include "events/eventmodel.h"
#include "events/eventrepository.h"
#include "events/registrationpanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QShortcut>
#include <QTableView>
#include <QUrlQuery>

namespace fd {

EventsPage::EventsPage(Session &session, QWidget *parent)
    : ListPage(session, parent), m_model(new EventModel(session.db(), this)), m_editor(new EventEditor(session, this)),
      m_year(new QComboBox(this)), m_kind(new QComboBox(this)), m_audience(new QComboBox(this)), m_role(new QComboBox(this))
{
    setup(m_model, m_editor, tr("Filter events: title, place, partner… (Ctrl+F)"));
    m_year->setObjectName(QStringLiteral("year"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_audience->setObjectName(QStringLiteral("audience"));
    m_role->setObjectName(QStringLiteral("role"));
    for (QComboBox *c : {m_year, m_kind, m_audience, m_role}) {
        toolbar()->addWidget(c);
        connect(c, &QComboBox::currentIndexChanged, this, &EventsPage::applyFilters);
    }
    fillFilters();
    connect(session.notifier(), &Notifier::changed, this, [this](Entity e, ChangeKind, const QList<qint64> &) {
        if (e == Entity::EventKind || e == Entity::Event)
            fillFilters();
    });
    connect(session.notifier(), &Notifier::reset, this, [this](Entity e) {
        if (e == Entity::Event || e == Entity::EventKind)
            fillFilters();
    });

    QHeaderView *header = view()->horizontalHeader();
    header->resizeSection(EventModel::Date, 170);
    header->resizeSection(EventModel::Title, 300);
    header->resizeSection(EventModel::Kind, 130);
    header->resizeSection(EventModel::Place, 140);
    header->resizeSection(EventModel::Audience, 95);
    header->resizeSection(EventModel::Role, 110);
    header->resizeSection(EventModel::Registrations, 120);
    view()->sortByColumn(EventModel::Date, Qt::AscendingOrder);

    connect(m_editor, &EventEditor::editKinds, this, &EventsPage::editKinds);
    connect(m_editor->registrations(), &RegistrationPanel::openPerson, this, [this](qint64 id) { emit openRecord(Entity::Person, id); });
    connect(view(), &QTableView::doubleClicked, m_editor, &EventEditor::showRegistrations);
    // From the list or the form, one key opens the registrations with the
    // cursor in the search field: entering a paper list never needs the mouse.
    auto *registrations = new QShortcut(EventEditor::registrationsShortcut(), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(registrations, &QShortcut::activated, m_editor, &EventEditor::showRegistrations);
    auto *exports = new EventExports(session, this, [this] { return m_editor->currentId(); }, [this] {
        QList<qint64> ids;
        for (const Registration &r : m_editor->registrations()->selectedRegistrations())
            ids << r.id;
        return ids;
    });
    exports->fillMenu(m_editor->registrations()->exportMenu());
}

QIcon EventsPage::pageIcon()
{
    return QIcon(QStringLiteral(":/icons/events.svg"));
}

void EventsPage::fillFilters()
{
    struct Keep {
        QComboBox *combo;
        QVariant data;
    };
    const QList<Keep> keep = {{m_year, m_year->currentData()}, {m_kind, m_kind->currentData()}};
    const bool firstTime = m_year->count() == 0;
    for (QComboBox *c : {m_year, m_kind})
        c->blockSignals(true);
    m_year->clear();
    m_year->addItem(tr("All years"), 0);
    if (auto years = EventRepository(session().db()).yearsToChoose()) {
        for (int y : std::as_const(*years))
            m_year->addItem(QString::number(y), y);
    }
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), qint64(0));
    if (auto kinds = EventKindRepository(session().db()).all()) {
        for (const EventKind &k : std::as_const(*kinds))
            m_kind->addItem(k.name(), k.id);
    }
    if (firstTime) {
        m_audience->addItem(tr("Members and public"), -1);
        m_audience->addItem(tr("For members"), int(Audience::Members));
        m_audience->addItem(tr("Public"), int(Audience::Public));
        m_role->addItem(tr("Any role"), -1);
        for (EventRole r : {EventRole::Organiser, EventRole::CoOrganiser, EventRole::Attendee, EventRole::Speaker})
            m_role->addItem(roleLabel(r), int(r));
    }
    for (const Keep &k : keep)
        k.combo->setCurrentIndex(qMax(0, k.combo->findData(k.data)));
    for (QComboBox *c : {m_year, m_kind})
        c->blockSignals(false);
    applyFilters();
}

EventsPage::Filters EventsPage::filters() const
{
    Filters f;
    f.year = m_year->currentData().toInt();
    f.kind = m_kind->currentData().toLongLong();
    f.audience = m_audience->currentData().toInt();
    f.role = m_role->currentData().toInt();
    return f;
}

void EventsPage::applyFilters()
{
    proxy()->setRowPredicate([this, f = filters()](int row, const QModelIndex &) { return f.accepts(m_model->item(row).event); });
    updateCount();
}

void EventsPage::revealRecord(qint64 id)
{
    ListPage::revealRecord(id);
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    // Each filter that hides the event steps back: the year to the event's
    // own, the others to "all"; the ones that let it through stay.
    const Event &e = m_model->item(row).event;
    const Filters f = filters();
    const QList<QComboBox *> combos = {m_year, m_kind, m_audience, m_role};
    for (QComboBox *c : combos)
        c->blockSignals(true);
    if (!f.yearAccepts(e))
        m_year->setCurrentIndex(qMax(0, m_year->findData(e.startDate.year())));
    if (f.kind && e.kindId != f.kind)
        m_kind->setCurrentIndex(0);
    if (f.audience >= 0 && int(e.audience) != f.audience)
        m_audience->setCurrentIndex(0);
    if (f.role >= 0 && int(e.role) != f.role)
        m_role->setCurrentIndex(0);
    for (QComboBox *c : combos)
        c->blockSignals(false);
    applyFilters();
}

void EventsPage::showList(const QString &list)
{
    const QUrlQuery query(list);
    const QList<QComboBox *> combos = {m_year, m_kind, m_audience, m_role};
    for (QComboBox *c : combos) {
        c->blockSignals(true);
        c->setCurrentIndex(0);
    }
    if (query.hasQueryItem(QStringLiteral("year")))
        m_year->setCurrentIndex(qMax(0, m_year->findData(query.queryItemValue(QStringLiteral("year")).toInt())));
    if (query.hasQueryItem(QStringLiteral("kind")))
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(query.queryItemValue(QStringLiteral("kind")).toLongLong())));
    for (QComboBox *c : combos)
        c->blockSignals(false);
    filterEdit()->clear();
    applyFilters();
}

void EventsPage::editKinds()
{
    EventKindsDialog dialog(session(), this);
    dialog.exec();
}

void EventsPage::deleteRecords(const QList<qint64> &ids)
{
    EventRepository repo(session().db());
    QList<Event> events;
    int registrations = 0;
    for (qint64 id : ids) {
        if (auto item = repo.listItem(id)) {
            events << item->event;
            registrations += item->counts.total();
        }
    }
    if (events.isEmpty())
        return;
    const QString question = events.size() == 1 ? tr("Delete \"%1\"?").arg(events.first().title)
                                                : tr("Delete %n event(s)?", nullptr, events.size());
    if (!confirmDelete(question, registrations ? tr("%n registration(s) go with them.", nullptr, registrations) : QString()))
        return;
    if (Status s = commands::deleteEvents(session(), events); !s)
        QMessageBox::warning(this, tr("Not deleted"), s.error().message);
}

} // namespace fd
