// SPDX-License-Identifier: GPL-3.0-or-later
#include "catch.hpp"

#include "common/textfold.h"

using namespace fd;

TEST_CASE("Folding ignores case, accents and extra spaces", "[fold]")
{
    CHECK(foldKey(u"Köln") == QStringLiteral("koln"));
    CHECK(foldKey(u"KÖLN") == foldKey(u"köln"));
    CHECK(foldKey(u"  Göttingen  ") == QStringLiteral("gottingen"));
    CHECK(foldKey(u"Straße") == QStringLiteral("strasse"));
    CHECK(foldKey(u"Frankfurt   am\tMain") == QStringLiteral("frankfurt am main"));
    CHECK(foldKey(u"Yılmaz") == foldKey(u"yılmaz"));
    CHECK(foldKey(u"Joël") == QStringLiteral("joel"));
}

TEST_CASE("Organisation match keys drop municipal prefixes", "[fold]")
{
    CHECK(organisationMatchKey(u"Stadt Köln") == organisationMatchKey(u"Köln"));
    CHECK(organisationMatchKey(u"Landeshauptstadt Düsseldorf") == QStringLiteral("dusseldorf"));
    CHECK(organisationMatchKey(u"City of Mannheim") == QStringLiteral("mannheim"));
    // A name that is only the prefix stays as it is.
    CHECK(organisationMatchKey(u"Stadt") == QStringLiteral("stadt"));
    CHECK(organisationMatchKey(u"Deutscher Präventionstag") == QStringLiteral("deutscher praventionstag"));
}

TEST_CASE("E-mail keys are trimmed and case-folded", "[fold]")
{
    CHECK(emailKey(u" Anna.Rau@DEFUS.example ") == QStringLiteral("anna.rau@defus.example"));
}
