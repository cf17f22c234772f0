// SPDX-License-Identifier: GPL-3.0-or-later
#include "filefield.h"

#include "common/filedialogs.h"
#include "db/blobstore.h"
#include "db/database.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

namespace fd {

FileField::FileField(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_label(new QLabel(this)), m_choose(new QPushButton(tr("Choose…"), this)),
      m_open(new QPushButton(tr("Open"), this)), m_clear(new QPushButton(tr("Remove"), this))
{
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_choose);
    layout->addWidget(m_open);
    layout->addWidget(m_clear);
    connect(m_choose, &QPushButton::clicked, this, &FileField::choose);
    connect(m_open, &QPushButton::clicked, this, &FileField::open);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        setHash(QString());
        emit changed();
    });
    showState();
}

void FileField::setHash(const QString &hash, const QString &name)
{
    m_hash = hash;
    m_name = name;
    showState();
}

void FileField::showState()
{
    QString text = tr("No file");
    if (!m_hash.isEmpty()) {
        auto info = BlobStore(m_db).info(m_hash);
        const QString size = info ? QLocale().formattedDataSize(info->size) : QString();
        text = m_name.isEmpty() ? tr("A file of %1").arg(size) : tr("%1 (%2)").arg(m_name, size);
    }
    m_label->setText(text);
    m_open->setEnabled(!m_hash.isEmpty());
    m_clear->setEnabled(!m_hash.isEmpty());
}

bool FileField::chooseFile(const QString &path)
{
    const QString type = QMimeDatabase().mimeTypeForFile(path).name();
    auto stored = BlobStore(m_db).putFile(path, type);
    if (!stored) {
        QMessageBox::warning(this, tr("File not kept"), stored.error().message);
        return false;
    }
    setHash(*stored, QFileInfo(path).fileName());
    emit fileChosen(m_name);
    emit changed();
    return true;
}

void FileField::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"), QDir::homePath());
    if (!path.isEmpty())
        chooseFile(path);
}

void FileField::open()
{
    if (m_hash.isEmpty())
        return;
    // A copy in the temporary folder, under its own name (the system's
    // program chooses by the extension); the stored file is never touched.
    const QString dir = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("forumdesk-files"));
    QDir().mkpath(dir);
    QString name = QFileInfo(m_name).fileName(); // never a path the name might bring
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = m_hash.left(16);
    const QString path = QDir(dir).filePath(name);
    if (Status s = BlobStore(m_db).saveToFile(m_hash, path); !s) {
        QMessageBox::warning(this, tr("File not opened"), s.error().message);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace fd
