// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/page.h"

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSplitter;
class QTableView;

namespace fd {

class FilterProxy;
class RecordEditor;

// A page with a filterable, sortable table and a detail editor beside it:
// Ctrl+F filters as you type, Enter edits the selected row, Ctrl+N makes a
// new one, Del deletes after asking. Edits in progress are saved when the
// selection moves on.
class ListPage : public Page
{
    Q_OBJECT
public:
    explicit ListPage(Session &session, QWidget *parent = nullptr);

    bool canCreate() const override { return true; }
    void createItem() override;
    bool canDelete() const override;
    void deleteSelected() override;
    void focusFilter() override;
    bool commitPendingEdits() override;
    void showRecord(qint64 id) override;

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    FilterProxy *proxy() const { return m_proxy; }
    // The editor beside the table; a page that builds it lazily builds it now.
    RecordEditor *editor() const;
    bool isEditorBuilt() const { return m_editor != nullptr; }
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    void selectId(qint64 id);

protected:
    // Call once from the subclass's constructor.
    void setup(QAbstractItemModel *model, RecordEditor *editor, const QString &filterPlaceholder);
    // The same with an editor built when first needed (a row chosen, Ctrl+N,
    // Enter): the page shows its list first, and the first row is chosen once
    // the list has painted, so that building and filling the form does not
    // hold back the first frame. The editor is made with this page as parent.
    void setup(QAbstractItemModel *model, std::function<RecordEditor *()> makeEditor, const QString &filterPlaceholder);
    // A row of extra filter widgets beside the filter field.
    QHBoxLayout *toolbar() const { return m_toolbar; }
    // Makes the record with this id pass the filters (selectId() found it
    // hidden): clears the filter text; pages with more filters relax those too.
    virtual void revealRecord(qint64 id);
    // Ask, then delete through the command facade.
    virtual void deleteRecords(const QList<qint64> &ids) = 0;
    // Asks before deleting: `question` and what goes with the records; the
    // default button is Cancel. True if the user chose Delete.
    bool confirmDelete(const QString &question, const QString &consequences);
    virtual QString countText(int shown, int total) const;
    void updateCount();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setupView(QAbstractItemModel *model, const QString &filterPlaceholder);
    void useEditor(RecordEditor *editor);
    void selectFirstRow();
    void onCurrentChanged(const QModelIndex &current, const QModelIndex &previous);
    bool leaveEditor();

    QLineEdit *m_filter;
    QHBoxLayout *m_toolbar;
    QTableView *m_view;
    FilterProxy *m_proxy;
    RecordEditor *m_editor = nullptr;
    std::function<RecordEditor *()> m_makeEditor;
    QScrollArea *m_editorScroll = nullptr;
    bool m_selectAfterPaint = false;
    QSplitter *m_splitter;
    QLabel *m_count;
    bool m_reselecting = false;
};

} // namespace fd
