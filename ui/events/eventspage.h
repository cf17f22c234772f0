// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/listpage.h"

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

    QString id() const override { return QStringLiteral("events"); }
    QString title() const override { return tr("Events"); }
    QIcon icon() const override;
    QString exchangeKind() const override { return QStringLiteral("events"); }

    EventModel *model() const { return m_model; }
    EventEditor *eventEditor() const { return m_editor; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *audienceFilter() const { return m_audience; }
    QComboBox *roleFilter() const { return m_role; }

protected:
    void deleteRecords(const QList<qint64> &ids) override;

private:
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
