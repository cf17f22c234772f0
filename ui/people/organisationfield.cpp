// SPDX-License-Identifier: GPL-3.0-or-later
#include "organisationfield.h"

#include "common/textfold.h"
#include "people/affiliationdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fd {

namespace {
constexpr int MaxSimilar = 3;
}

OrganisationField::OrganisationField(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_combo(new QComboBox(this)), m_status(new QWidget(this)), m_create(new QCheckBox(m_status)),
      m_similar(new QLabel(m_status))
{
    m_combo->setObjectName(QStringLiteral("organisation"));
    m_create->setObjectName(QStringLiteral("createOrganisation"));
    m_similar->setObjectName(QStringLiteral("similarOrganisations"));
    m_similar->setTextFormat(Qt::RichText);
    m_similar->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_create->setToolTip(tr("Nothing is created unless this is ticked. To link an organisation that exists, choose it from the list."));
    setFocusProxy(m_combo);
    // As high as it needs (with the line under it or without), level with its label.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *status = new QVBoxLayout(m_status);
    status->setContentsMargins(0, 0, 0, 0);
    status->setSpacing(0);
    status->addWidget(m_create);
    status->addWidget(m_similar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_status);
    m_status->hide();

    fillOrganisationCombo(m_db, m_combo);
    m_combo->setCurrentIndex(0);
    // A confirmation is for one name: typing on takes it back.
    connect(m_combo, &QComboBox::currentTextChanged, this, [this] {
        m_create->setChecked(false);
        updateStatus();
    });
    connect(m_similar, &QLabel::linkActivated, this, &OrganisationField::pick);
    updateStatus();
}

void OrganisationField::reload()
{
    fillOrganisationCombo(m_db, m_combo);
    updateStatus();
}

void OrganisationField::setOrganisation(qint64 id)
{
    m_combo->setCurrentIndex(id ? qMax(0, m_combo->findData(id)) : 0);
    m_create->setChecked(false);
    updateStatus();
}

qint64 OrganisationField::organisationId() const
{
    return chosenOrganisation(m_combo);
}

QString OrganisationField::typedName() const
{
    return m_combo->currentText().simplified();
}

bool OrganisationField::creationConfirmed() const
{
    return organisationId() < 0 && m_create->isChecked();
}

QString OrganisationField::unconfirmedMessage() const
{
    return tr("\"%1\" is not a known organisation. Choose one from the list, or tick \"Create the new organisation\" under the field.")
        .arg(typedName());
}

void OrganisationField::updateStatus()
{
    const bool unknown = organisationId() < 0;
    if (m_status->isVisibleTo(this) != unknown) {
        m_status->setVisible(unknown);
        emit statusChanged();
    }
    if (!unknown)
        return;
    const QString name = typedName();
    m_create->setText(tr("Create the new organisation «%1»").arg(name));
    // The known ones that look alike ("Gött" is part of Göttingen), to pick instead.
    const QString key = foldKey(name);
    QStringList links;
    for (int i = 0; i < m_combo->count() && links.size() < MaxSimilar; ++i) {
        if (m_combo->itemData(i).toLongLong() > 0 && foldKey(m_combo->itemText(i)).contains(key))
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(i).arg(m_combo->itemText(i).toHtmlEscaped());
    }
    m_similar->setText(links.isEmpty() ? QString() : tr("Known: %1").arg(links.join(QStringLiteral(", "))));
    m_similar->setVisible(!links.isEmpty());
}

void OrganisationField::pick(const QString &link)
{
    bool ok = false;
    const int index = link.toInt(&ok);
    if (ok && index > 0 && index < m_combo->count())
        m_combo->setCurrentIndex(index);
    m_combo->setFocus();
}

} // namespace fd
