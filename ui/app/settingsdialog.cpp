// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "app/session.h"
#include "app/settings.h"
#include "commands/command.h"
#include "common/tones.h"
#include "db/database.h"
#include "db/paths.h"
#include "events/sitepack.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fd {

SettingsDialog::SettingsDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_language(new QComboBox(this)), m_office(new QGroupBox(tr("Your office"), this)),
      m_organisation(new QLineEdit(this)), m_city(new QLineEdit(this)), m_signatory(new QLineEdit(this)),
      m_signatoryRole(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_language->addItem(tr("As the system (%1)").arg(QLocale::system().nativeLanguageName()), QString());
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings::language.get())));

    auto *defaultDb = new QLabel(QDir::toNativeSeparators(defaultDatabasePath()), this);
    defaultDb->setTextInteractionFlags(Qt::TextSelectableByMouse);
    defaultDb->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Default database:"), defaultDb);

    // The office's details live in the database: every colleague prints the same.
    m_organisation->setObjectName(QStringLiteral("officeOrganisation"));
    m_city->setObjectName(QStringLiteral("officeCity"));
    m_signatory->setObjectName(QStringLiteral("officeSignatory"));
    m_signatoryRole->setObjectName(QStringLiteral("officeSignatoryRole"));
    m_signatory->setPlaceholderText(tr("empty: signed for the organisation"));
    m_signatoryRole->setPlaceholderText(tr("e.g. Geschäftsführerin"));
    auto *officeForm = new QFormLayout(m_office);
    officeForm->addRow(tr("&Organisation:"), m_organisation);
    officeForm->addRow(tr("&City:"), m_city);
    officeForm->addRow(tr("Certificates signed &by:"), m_signatory);
    officeForm->addRow(tr("&Role of the signatory:"), m_signatoryRole);
    auto *hint = new QLabel(tr("Stored in the open database and used on attendance certificates."), m_office);
    hint->setWordWrap(true);
    officeForm->addRow(hint);
    setLabelTone(m_error, Tone::Problem);
    m_error->setWordWrap(true);
    m_error->hide();
    if (auto profile = session ? OfficeProfileRepository(session->db()).load() : Result<OfficeProfile>(Error())) {
        m_profile = *profile;
        m_organisation->setText(m_profile.organisation);
        m_city->setText(m_profile.city);
        m_signatory->setText(m_profile.signatory);
        m_signatoryRole->setText(m_profile.signatoryRole);
        // A pack carries the office's details for its certificates; they are changed in the office.
        if (session->db().isReadOnly() || SitePack::isPack(session->db())) {
            m_office->setEnabled(false);
            hint->setText(session->db().isReadOnly() ? tr("The open database is read-only: the office's details cannot be changed here.")
                                                     : tr("This is an on-site pack: the office's details are changed in the office's database."));
        }
    } else {
        m_office->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_office);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(680, sizeHint().height());
}

void SettingsDialog::accept()
{
    if (m_session && !m_office->isHidden() && m_office->isEnabled()) {
        OfficeProfile after = m_profile;
        after.organisation = m_organisation->text();
        after.city = m_city->text();
        after.signatory = m_signatory->text();
        after.signatoryRole = m_signatoryRole->text();
        // One undoable step (Edit > Undo), like every other edit.
        if (Status s = commands::editOfficeProfile(*m_session, m_profile, after); !s) {
            if (s.error().code == Error::Code::Conflict) {
                // A colleague saved meanwhile: take their version as the base; what was typed here stays.
                if (auto current = OfficeProfileRepository(m_session->db()).load())
                    m_profile = *current;
                m_error->setText(tr("A colleague changed the office's details meanwhile (now: %1, %2). "
                                    "Press OK again to save what you typed here, or Cancel to keep theirs.")
                                     .arg(m_profile.organisation, m_profile.signatory.isEmpty() ? tr("no signatory") : m_profile.signatory));
            } else {
                m_error->setText(s.error().message);
                if (s.error().field == QLatin1String("organisation"))
                    m_organisation->setFocus();
                else if (s.error().field == QLatin1String("signatory"))
                    m_signatory->setFocus();
            }
            m_error->show();
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != settings::language.get();
    settings::language.set(language);
    QDialog::accept();
}

} // namespace fd
