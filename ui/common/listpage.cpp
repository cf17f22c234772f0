// SPDX-License-Identifier: GPL-3.0-or-later
#include "listpage.h"

#include "common/filterproxy.h"
#include "common/textcelldelegate.h"
#include "common/recordeditor.h"
#include "common/roles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fd {

namespace {
// The editor beside the table scrolls up and down, never sideways: it is at
// least as wide as its form needs (the splitter keeps that room for it), and
// no wider than the editor wants to grow.
class EditorScrollArea : public QScrollArea
{
public:
    explicit EditorScrollArea(QWidget *parent) : QScrollArea(parent)
    {
        setWidgetResizable(true);
        setFrameShape(QFrame::NoFrame);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }

    void setEditor(QWidget *editor)
    {
        setWidget(editor);
        editor->installEventFilter(this);
        followEditor();
    }

    QSize minimumSizeHint() const override
    {
        const QSize editor = widget() ? widget()->minimumSizeHint() : QSize();
        return {editor.width() + chrome(), QScrollArea::minimumSizeHint().height()};
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A tab, a message or a language makes the form wider or narrower.
        if (watched == widget() && event->type() == QEvent::LayoutRequest)
            followEditor();
        return QScrollArea::eventFilter(watched, event);
    }

private:
    int chrome() const { return verticalScrollBar()->sizeHint().width() + 2 * frameWidth(); }
    void followEditor()
    {
        const int maximum = widget()->maximumWidth();
        setMaximumWidth(maximum >= QWIDGETSIZE_MAX - chrome() ? QWIDGETSIZE_MAX : maximum + chrome());
        updateGeometry();
    }
};
} // namespace

ListPage::ListPage(Session &session, QWidget *parent)
    : Page(session, parent), m_filter(new QLineEdit(this)), m_toolbar(new QHBoxLayout), m_view(new QTableView(this)),
      m_proxy(new FilterProxy(this)), m_splitter(new QSplitter(Qt::Horizontal, this)), m_count(new QLabel(this))
{
}

void ListPage::setup(QAbstractItemModel *model, RecordEditor *editor, const QString &filterPlaceholder)
{
    setupView(model, filterPlaceholder);
    useEditor(editor);
}

void ListPage::setup(QAbstractItemModel *model, std::function<RecordEditor *()> makeEditor, const QString &filterPlaceholder)
{
    m_makeEditor = std::move(makeEditor);
    setupView(model, filterPlaceholder);
}

RecordEditor *ListPage::editor() const
{
    if (!m_editor && m_makeEditor) {
        auto *self = const_cast<ListPage *>(this);
        self->useEditor(m_makeEditor());
        // Built for the row that is current (focus makes the first row current).
        if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            m_editor->load(current.data(roles::IdRole).toLongLong());
    }
    return m_editor;
}

void ListPage::useEditor(RecordEditor *editor)
{
    m_editor = editor;
    connect(editor, &RecordEditor::saved, this, [this](qint64 id) {
        // A new record: the model has it already (the notifier reports at commit); select it.
        if (currentId() != id)
            selectId(id);
    });
    connect(editor, &RecordEditor::cancelledNew, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_editor->load(current.data(roles::IdRole).toLongLong());
        m_view->setFocus();
    });
    static_cast<EditorScrollArea *>(m_editorScroll)->setEditor(editor);
}

void ListPage::setupView(QAbstractItemModel *model, const QString &filterPlaceholder)
{
    m_proxy->setSourceModel(model);

    m_filter->setPlaceholderText(filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        updateCount();
    });

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new TextCellDelegate(m_view));
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ListPage::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &Page::actionsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ListPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ListPage::updateCount);

    auto *scroll = new EditorScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    m_editorScroll = scroll;

    m_splitter->addWidget(m_view);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addLayout(m_toolbar);
    top->addWidget(m_count);
    m_count->setObjectName(QStringLiteral("count"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    setFocusProxy(m_view);
    updateCount();
}

QString ListPage::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n record(s)", nullptr, total);
    return tr("%1 of %2 shown").arg(shown).arg(total);
}

void ListPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    m_count->setText(countText(shown, total));
    emit statusMessage(m_count->text());
}

QList<qint64> ListPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids << index.data(roles::IdRole).toLongLong();
    return ids;
}

qint64 ListPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(roles::IdRole).toLongLong() : 0;
}

void ListPage::selectId(qint64 id)
{
    // By id, never by row: rows move when filters change.
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (index.data(roles::IdRole).toLongLong() == id) {
                m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_view->scrollTo(index);
                return;
            }
        }
        // Hidden by the filters: let it through and look again.
        if (pass == 0)
            revealRecord(id);
    }
}

void ListPage::revealRecord(qint64 id)
{
    Q_UNUSED(id);
    if (!m_filter->text().isEmpty())
        m_filter->clear();
}

void ListPage::showRecord(qint64 id)
{
    selectId(id);
    m_view->setFocus();
}

bool ListPage::leaveEditor()
{
    if (!m_editor)
        return true; // not built yet: nothing is being edited
    if (!m_editor->isDirty() && !m_editor->isNew())
        return true;
    if (m_editor->isNew() && !m_editor->isDirty()) {
        m_editor->clear();
        return true;
    }
    if (m_editor->save())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The changes to \"%1\" cannot be saved as they are (see the message in the form).\n\nDiscard them?").arg(m_editor->currentTitle()),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard) {
        m_editor->revert();
        return true;
    }
    return false;
}

void ListPage::onCurrentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_reselecting)
        return;
    if (!m_editor) {
        // Not built yet: nothing is being edited. Before the list has
        // painted, the form waits (see showEvent); then it is built with the
        // current row's record.
        if (current.isValid() && !m_selectAfterPaint)
            editor();
        emit actionsChanged();
        return;
    }
    if (m_editor->isDirty() || m_editor->isNew()) {
        if (!leaveEditor()) {
            // Stay on the record being edited.
            m_reselecting = true;
            m_view->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_reselecting = false;
            return;
        }
    }
    if (current.isValid())
        m_editor->load(current.data(roles::IdRole).toLongLong());
    else
        m_editor->clear();
    emit actionsChanged();
}

void ListPage::createItem()
{
    if (!leaveEditor())
        return;
    m_reselecting = true;
    m_view->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::Clear);
    m_reselecting = false;
    editor()->startNew();
}

bool ListPage::canDelete() const
{
    return m_view->selectionModel() && m_view->selectionModel()->hasSelection();
}

void ListPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    deleteRecords(ids);
}

void ListPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

bool ListPage::commitPendingEdits()
{
    return leaveEditor();
}

void ListPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (!m_editor) {
        // The list first: the first row (and with it the editor) once it has painted.
        if (!m_selectAfterPaint) {
            m_selectAfterPaint = true;
            m_view->viewport()->installEventFilter(this);
        }
        return;
    }
    selectFirstRow();
}

void ListPage::selectFirstRow()
{
    // Never greet the user with an empty form: show the first record.
    if (!m_view->currentIndex().isValid() && !(m_editor && m_editor->isNew()) && m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool ListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_selectAfterPaint && watched == m_view->viewport() && event->type() == QEvent::Paint) {
        m_selectAfterPaint = false;
        m_view->viewport()->removeEventFilter(this);
        // After the frame this paint belongs to (a zero timer fires once the
        // event loop has handled what the paint posted).
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            timer->deleteLater();
            if (m_view->currentIndex().isValid())
                editor(); // a row was made current meanwhile (the view took focus)
            else if (isVisible())
                selectFirstRow();
        });
        timer->start(0);
    }
    if (event->type() != QEvent::KeyPress)
        return Page::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_view) {
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            if (m_view->currentIndex().isValid()) {
                editor()->focusFirstField();
                return true;
            }
        } else if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            deleteSelected();
            return true;
        }
    } else if (watched == m_filter) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // From the filter straight into the results.
            m_view->setFocus();
            if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

bool ListPage::confirmDelete(const QString &question, const QString &consequences)
{
    QMessageBox box(QMessageBox::Question, tr("Delete"), question, QMessageBox::Cancel, this);
    box.setInformativeText(consequences.isEmpty() ? tr("You can undo this with Ctrl+Z.")
                                                  : consequences + QLatin1Char(' ') + tr("You can undo this with Ctrl+Z."));
    QPushButton *deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == deleteButton;
}

} // namespace fd
