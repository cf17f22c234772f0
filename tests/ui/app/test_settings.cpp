// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"
#include "uitest.h"

#include "app/session.h"
#include "app/settingsdialog.h"
#include "db/database.h"
#include "office/officeprofile.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>

using namespace fd;


TEST_CASE("The office's details are edited in the settings, saved in the database and undone", "[ui][settings][office]")
{
    test::UiFixture ui(false);
    Session &session = *ui.window().session();
    SettingsDialog dialog(&session, &ui.window());
    auto *signatory = dialog.findChild<QLineEdit *>(QStringLiteral("officeSignatory"));
    auto *organisation = dialog.findChild<QLineEdit *>(QStringLiteral("officeOrganisation"));
    REQUIRE(signatory);
    REQUIRE(organisation);
    CHECK(organisation->text() == QStringLiteral("Deutsch-Europäisches Forum für Urbane Sicherheit e.V."));
    dialog.show();
    test::screenshot(&dialog, QStringLiteral("settings"));

    // An empty name is refused in the dialog, which stays open.
    organisation->clear();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(OfficeProfileRepository(session.db()).load()->rowVersion == 0);

    organisation->setText(QStringLiteral("DEFUS e.V."));
    signatory->setText(QStringLiteral("Meike Hecker"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    auto saved = OfficeProfileRepository(session.db()).load();
    CHECK(saved->organisation == QStringLiteral("DEFUS e.V."));
    CHECK(saved->signatory == QStringLiteral("Meike Hecker"));

    ui.window().undoAction()->trigger();
    auto undone = OfficeProfileRepository(session.db()).load();
    CHECK(undone->organisation == QStringLiteral("Deutsch-Europäisches Forum für Urbane Sicherheit e.V."));
    CHECK(undone->signatory.isEmpty());
    ui.window().redoAction()->trigger();
    CHECK(OfficeProfileRepository(session.db()).load()->signatory == QStringLiteral("Meike Hecker"));
}

TEST_CASE("A colleague's change to the office's details is reported in the settings, then overwritten on purpose", "[ui][settings][office]")
{
    test::UiFixture ui(false);
    Session &session = *ui.window().session();
    SettingsDialog dialog(&session, &ui.window());
    auto *signatory = dialog.findChild<QLineEdit *>(QStringLiteral("officeSignatory"));
    REQUIRE(signatory);
    signatory->setText(QStringLiteral("Meike Hecker"));

    // Meanwhile a colleague saves theirs.
    auto colleague = session.db().openSibling();
    REQUIRE(colleague);
    OfficeProfile theirs = *OfficeProfileRepository(**colleague).load();
    theirs.signatory = QStringLiteral("Anna Rau");
    REQUIRE(OfficeProfileRepository(**colleague).save(theirs));

    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(OfficeProfileRepository(session.db()).load()->signatory == QStringLiteral("Anna Rau"));
    bool told = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        told = told || label->text().contains(QStringLiteral("A colleague changed the office's details meanwhile (now: "));
    CHECK(told);
    // Told, and OK again saves what was typed.
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(OfficeProfileRepository(session.db()).load()->signatory == QStringLiteral("Meike Hecker"));
}
