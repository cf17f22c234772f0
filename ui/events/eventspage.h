// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/listpage.h"
#include "events/event.h"

class QComboBox;

namespace fd {

class EventEditor;
class EventModel;

// The events of the office's year: a table with filters by year, kind,
// audience and our role, and beside it the event with its registrations.
class EventsPage : public ListPage
{
    Q_OBJECT
public:
    explicit EventsPage(Session &session, QWidget *parent = nullptr);

    // Listed in the window before the page is built (it is built when first shown).
    static QString pageId() { return QStringLiteral("events"); }
    static QString pageTitle() { return tr("Events"); }
    static QIcon pageIcon();
    QString id() const override { return pageId(); }
    QString title() const override { return pageTitle(); }
    QIcon icon() const override { return pageIcon(); }
    QString exchangeKind() const override { return QStringLiteral("events"); }
    bool showsEntity(Entity entity) const override { return entity == Entity::Event; }
    // "year=2024&kind=3": the filters set to that year and kind (either may be left out), the others to all.
    void showList(const QString &list) override;

    EventModel *model() const { return m_model; }
    EventEditor *eventEditor() const { return m_editor; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *audienceFilter() const { return m_audience; }
    QComboBox *roleFilter() const { return m_role; }

protected:
    void deleteRecords(const QList<qint64> &ids) override;
    void revealRecord(qint64 id) override;

private:
    // What the combo boxes let through.
    struct Filters {
        int year = 0;        // 0: all years
        qint64 kind = 0;     // 0: all kinds
        int audience = -1;   // -1: any
        int role = -1;       // -1: any
        bool yearAccepts(const Event &e) const { return !year || (e.startDate.year() <= year && e.lastDay().year() >= year); }
        bool accepts(const Event &e) const
        {
            return yearAccepts(e) && (!kind || e.kindId == kind) && (audience < 0 || int(e.audience) == audience)
                && (role < 0 || int(e.role) == role);
        }
    };
    Filters filters() const;
    void fillFilters();
    void applyFilters();
    void editKinds();

    EventModel *m_model;
    EventEditor *m_editor;
    QComboBox *m_year;
    QComboBox *m_kind;
    QComboBox *m_audience;
    QComboBox *m_role;
};

} // namespace fd
