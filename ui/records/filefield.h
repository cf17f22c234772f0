// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fd {

class Database;

// A file kept with a record (a portrait, an answer sent as a file): stored
// in the database once by its hash when chosen (BlobStore), opened with the
// system's program, or taken away. The record keeps only the hash.
class FileField : public QWidget
{
    Q_OBJECT
public:
    explicit FileField(Database &db, QWidget *parent = nullptr);

    QString hash() const { return m_hash; }
    QString fileName() const { return m_name; }
    void setHash(const QString &hash, const QString &name = QString());
    // Stores the file and shows it; false (with the reason shown) if it cannot be stored.
    bool chooseFile(const QString &path);

signals:
    void changed();                          // the user chose or removed a file
    void fileChosen(const QString &fileName); // the name of the file chosen

private:
    void choose();
    void open();
    void showState();

    Database &m_db;
    QString m_hash;
    QString m_name;
    QLabel *m_label;
    QPushButton *m_choose;
    QPushButton *m_open;
    QPushButton *m_clear;
};

} // namespace fd
