// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatorseeds.h"

#include <iterator>

namespace fd::generatorseeds {

namespace {

// ---------------------------------------------------------------------------
// Names by language of origin. Lists are '|'-separated UTF-8.

const OriginSeed OriginTable[] = {
    {"de", "Lukas|Jonas|Felix|Maximilian|Jürgen|Björn|Jörg|Günter|Uwe|Matthias|Sören|Tobias|Stefan|Ralf|Holger|Dieter|Thorsten|Jens|Kai|Malte",
     "Anna|Lena|Hannah|Sophie|Marie|Jana|Käthe|Bärbel|Ursula|Sabine|Katrin|Jutta|Annegret|Heike|Dörte|Silke|Frauke|Ute|Miriam|Lea",
     "Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|"
     "Schwarz|Zimmermann|Braun|Krüger|Hofmann|Hartmann|Lange|Schmitt|Werner|Schmitz|Krause|Meier|Lehmann|Köhler|Herrmann|König|Walter|"
     "Huber|Kaiser|Fuchs|Peters|Möller|Weiß|Jung|Hahn|Vogel|Keller|Günther|Berger|Böhm|Krämer|Jäger|Groß|Kühn|Große-Wilde|Meißner|Rößler|"
     "Nägele|Lührs|Düring|Ströbele|Brückner|Schönfeld|Kästner|Bäumer|Weißgerber|Hüsken|Gruber|Pichler|Steiner|Moser|Leitner|Brunner|Bühler",
     Feminine::Same},
    {"pl", "Łukasz|Paweł|Michał|Krzysztof|Wojciech|Tomasz|Grzegorz|Jarosław|Zbigniew|Andrzej|Piotr|Mateusz",
     "Małgorzata|Agnieszka|Katarzyna|Joanna|Magdalena|Żaneta|Bożena|Jadwiga|Elżbieta|Urszula|Barbara|Zofia",
     "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowski|Zieliński|Szymański|Woźniak|Dąbrowski|Kozłowski|Jankowski|Mazur|"
     "Wojciechowski|Kwiatkowski|Krawczyk|Kaczmarek|Piotrowski|Grabowski|Wróblewski|Łuczak|Żak|Sławiński|Błaszczyk|Gałązka|Jabłoński|Sikora",
     Feminine::Polish},
    {"cs", "Jiří|Jan|Petr|Tomáš|Lukáš|Ondřej|Václav|Miloš|Zdeněk|Radek", "Jana|Eva|Hana|Lenka|Kateřina|Markéta|Zuzana|Věra|Lucie|Tereza",
     "Novák|Svoboda|Novotný|Dvořák|Černý|Procházka|Kučera|Veselý|Horák|Němec|Pokorný|Marek|Pospíšil|Hájek|Jelínek|Král|Růžička|Beneš|"
     "Fiala|Sedláček|Doležal|Zeman|Kolář|Navrátil|Čermák|Urban|Blažek|Kříž|Kovář",
     Feminine::Czech},
    {"tr", "Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|İsmail|Osman|Yusuf|Murat|Ömer|Emre|Barış",
     "Ayşe|Fatma|Emine|Hatice|Zeynep|Elif|Özlem|Gül|Şükran|Derya|Büşra|Gülşen",
     "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Yıldırım|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|Çetin|Kara|Koç|Kurt|Özkan|Şimşek|"
     "Polat|Özer|Güneş|Aktaş|Bulut|Keskin|Ünal|Tekin|Acar",
     Feminine::Same},
    {"fr", "François|Jérôme|Stéphane|Frédéric|Benoît|Rémi|Loïc|Gaël|Thierry|Nicolas|Hervé|Cédric|Théo|Mathéo",
     "Hélène|Élodie|Mélanie|Céline|Amélie|Cécile|Zoë|Maëlle|Chloé|Noémie|Inès|Anaïs|Françoise|Léa",
     "Lefèvre|Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|Lefebvre|Michel|David|Bertrand|Roux|"
     "Vincent|Fournier|Morel|Girard|André|Mercier|Dupont|Lambert|Bonnet|Legrand|Garnier|Faure|Rousseau|Blanc|Guérin|Châtelain|Lemaître|Bécaud",
     Feminine::Same},
    {"nl", "Daan|Bram|Thijs|Pieter|Joris|Wouter|Koen|Geert|Sjoerd|Jeroen|Maarten", "Anouk|Femke|Sanne|Lotte|Eline|Joëlle|Noëlle|Inge|Marieke|Saskia",
     "de Jong|Jansen|de Vries|van den Berg|van Dijk|Bakker|Janssen|Visser|Smit|Meijer|de Boer|Mulder|de Groot|Bos|Vos|Hendriks|van Leeuwen|"
     "Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|van der Meer|Peeters|Maes|Claes|Goossens|Wouters|De Smet|Vermeulen|Van Damme",
     Feminine::Same},
    {"sv", "Björn|Lars|Anders|Johan|Erik|Göran|Per|Nils|Måns|Åke", "Åsa|Märta|Linnéa|Ingrid|Karin|Maja|Elsa|Saga|Sofia|Ebba",
     "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson|Pettersson|Jönsson|Hansson|Bengtsson|"
     "Lindström|Åberg|Sjöberg|Ström|Söderberg|Nyström|Lindqvist|Ågren|Håkansson|Öberg",
     Feminine::Same},
    {"no", "Ole|Jørgen|Håkon|Øyvind|Bjørn|Sindre|Magnus|Eirik|Tormod|Ståle", "Ingrid|Solveig|Kari|Åse|Sigrid|Ragnhild|Marte|Zoë|Tuva|Hege",
     "Hansen|Johansen|Olsen|Larsen|Andersen|Pedersen|Nilsen|Kristiansen|Jensen|Karlsen|Berg|Haugen|Hagen|Ødegård|Støre|Bråten|Sæther|Løken|"
     "Nygård|Håland|Dæhlie|Østby",
     Feminine::Same},
    {"da", "Søren|Jørgen|Mads|Rasmus|Frederik|Niels|Bo|Kasper|Jens|Asger", "Mette|Birgitte|Signe|Ida|Freja|Line|Pernille|Astrid|Louise|Kirsten",
     "Nielsen|Jensen|Hansen|Pedersen|Andersen|Christensen|Larsen|Sørensen|Rasmussen|Jørgensen|Petersen|Madsen|Kristensen|Thomsen|Poulsen|"
     "Møller|Mortensen|Kjær|Østergaard|Bæk|Dahl|Lund",
     Feminine::Same},
    {"es", "José|Jesús|Álvaro|Íñigo|Rubén|Martín|Sergio|Andrés|Raúl|Adrián", "María|Lucía|Sofía|Inés|Begoña|Nuria|Rocío|Ángela|Marta|Paula",
     "García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|"
     "Alonso|Gutiérrez|Navarro|Torres|Domínguez|Vázquez|Ramos|Ramírez|Serrano|Suárez|Ibáñez|Peña|Castaño",
     Feminine::Same},
    {"pt", "João|António|José|Gonçalo|Simão|Tomás|Rui|Nuno|Sérgio|Fábio", "Conceição|Inês|Margarida|Leonor|Mariana|Beatriz|Joana|Fátima|Sónia|Lúcia",
     "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Martins|Sousa|Fernandes|Gonçalves|Gomes|Lopes|Marques|Alves|Almeida|Ribeiro|"
     "Pinto|Carvalho|Teixeira|Moreira|Correia|Mendes|Nunes|Soares|Vieira|Monteiro|Cardoso|Rocha|Araújo|Simões|Magalhães|Brandão",
     Feminine::Same},
    {"hu", "László|István|József|Zoltán|Gábor|Ferenc|Péter|Tamás|Gergő|Ádám", "Erzsébet|Katalin|Ilona|Éva|Zsófia|Anikó|Krisztina|Tünde|Réka|Dóra",
     "Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász|Lakatos|Mészáros|Oláh|Rácz|Fekete|"
     "Szilágyi|Török|Fehér|Balázs|Gál|Szűcs|Kocsis|Pintér|Fodor|Bíró|Király",
     Feminine::Same},
    {"el", "Georgios|Dimitrios|Konstantinos|Ioannis|Nikolaos|Panagiotis|Vasileios|Christos|Athanasios|Evangelos",
     "Maria|Eleni|Aikaterini|Vasiliki|Sofia|Angeliki|Georgia|Dimitra|Konstantina|Paraskevi",
     "Papadopoulos|Papadakis|Georgiou|Oikonomou|Vlachos|Nikolaidis|Dimitriou|Konstantinidis|Karagiannis|Ioannou|Makris|Papageorgiou|"
     "Pappas|Athanasiou|Christodoulou|Antoniou|Vasileiou|Theodorou|Alexiou|Michailidis",
     Feminine::Greek},
    {"it", "Giuseppe|Giovanni|Niccolò|Lorenzo|Matteo|Andrea|Luca|Francesco|Gianluca|Nicolò",
     "Giulia|Chiara|Francesca|Sara|Martina|Elisa|Alessia|Federica|Benedetta|Noemi",
     "Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca|Mancini|Costa|Giordano|Rizzo|"
     "Lombardi|Moretti|Barbieri|Fontana|Santoro|Caruso|D'Angelo|Parisi|Fabbri|Pellegrini|Cattaneo|De Santis",
     Feminine::Same},
};

// ---------------------------------------------------------------------------
// Countries: how many of the 250 members, whose names their staff have,
// cities ("Name/Region|..."), and bodies named after a city (prevention
// councils, municipal police...), in the country's language.

const CountrySeed CountryTable[] = {
    {"DE", "49", "de", 70, "de:80,tr:10,pl:5,el:2,it:3",
     "Berlin/Berlin|Hamburg/Hamburg|München/Bayern|Köln/Nordrhein-Westfalen|Frankfurt am Main/Hessen|Stuttgart/Baden-Württemberg|"
     "Düsseldorf/Nordrhein-Westfalen|Leipzig/Sachsen|Dortmund/Nordrhein-Westfalen|Essen/Nordrhein-Westfalen|Bremen/Bremen|Dresden/Sachsen|"
     "Hannover/Niedersachsen|Nürnberg/Bayern|Duisburg/Nordrhein-Westfalen|Bochum/Nordrhein-Westfalen|Wuppertal/Nordrhein-Westfalen|"
     "Bielefeld/Nordrhein-Westfalen|Bonn/Nordrhein-Westfalen|Münster/Nordrhein-Westfalen|Mannheim/Baden-Württemberg|Karlsruhe/Baden-Württemberg|"
     "Augsburg/Bayern|Wiesbaden/Hessen|Mönchengladbach/Nordrhein-Westfalen|Gelsenkirchen/Nordrhein-Westfalen|Aachen/Nordrhein-Westfalen|"
     "Braunschweig/Niedersachsen|Kiel/Schleswig-Holstein|Chemnitz/Sachsen|Halle (Saale)/Sachsen-Anhalt|Magdeburg/Sachsen-Anhalt|"
     "Freiburg im Breisgau/Baden-Württemberg|Krefeld/Nordrhein-Westfalen|Mainz/Rheinland-Pfalz|Lübeck/Schleswig-Holstein|Erfurt/Thüringen|"
     "Oberhausen/Nordrhein-Westfalen|Rostock/Mecklenburg-Vorpommern|Kassel/Hessen|Hagen/Nordrhein-Westfalen|Potsdam/Brandenburg|"
     "Saarbrücken/Saarland|Hamm/Nordrhein-Westfalen|Ludwigshafen am Rhein/Rheinland-Pfalz|Oldenburg/Niedersachsen|Osnabrück/Niedersachsen|"
     "Leverkusen/Nordrhein-Westfalen|Heidelberg/Baden-Württemberg|Darmstadt/Hessen|Göttingen/Niedersachsen|Würzburg/Bayern|Regensburg/Bayern|"
     "Fürth/Bayern|Tübingen/Baden-Württemberg|Lüneburg/Niedersachsen|Görlitz/Sachsen|Jena/Thüringen|Gladbeck/Nordrhein-Westfalen|"
     "Kaiserslautern/Rheinland-Pfalz",
     "Kriminalpräventiver Rat %1|Präventionsrat der Stadt %1|Kommunaler Ordnungsdienst %1|Sicherheitspartnerschaft %1"},
    {"AT", "43", "de", 12, "de:82,tr:8,cs:4,hu:3,pl:3",
     "Wien/Wien|Graz/Steiermark|Linz/Oberösterreich|Salzburg/Salzburg|Innsbruck/Tirol|Klagenfurt am Wörthersee/Kärnten|Villach/Kärnten|"
     "Wels/Oberösterreich|Sankt Pölten/Niederösterreich|Dornbirn/Vorarlberg|Steyr/Oberösterreich|Feldkirch/Vorarlberg",
     "Sicherheitsforum %1|Präventionsbeirat %1"},
    {"CH", "41", "de", 12, "de:60,fr:25,it:15",
     "Zürich/Zürich|Genève/Genève|Basel/Basel-Stadt|Lausanne/Vaud|Bern/Bern|Winterthur/Zürich|Luzern/Luzern|St. Gallen/St. Gallen|"
     "Lugano/Ticino|Biel/Bern|Thun/Bern|Neuchâtel/Neuchâtel|Fribourg/Fribourg",
     "Präventionsstelle %1|Sicherheitsdirektion %1"},
    {"FR", "33", "fr", 25, "fr:88,pt:5,es:4,tr:3",
     "Paris/Île-de-France|Marseille/Provence-Alpes-Côte d'Azur|Lyon/Auvergne-Rhône-Alpes|Toulouse/Occitanie|Nice/Provence-Alpes-Côte d'Azur|"
     "Nantes/Pays de la Loire|Montpellier/Occitanie|Strasbourg/Grand Est|Bordeaux/Nouvelle-Aquitaine|Lille/Hauts-de-France|Rennes/Bretagne|"
     "Reims/Grand Est|Saint-Étienne/Auvergne-Rhône-Alpes|Le Havre/Normandie|Toulon/Provence-Alpes-Côte d'Azur|Grenoble/Auvergne-Rhône-Alpes|"
     "Dijon/Bourgogne-Franche-Comté|Angers/Pays de la Loire|Nîmes/Occitanie|Villeurbanne/Auvergne-Rhône-Alpes|Aubervilliers/Île-de-France|"
     "Créteil/Île-de-France|Besançon/Bourgogne-Franche-Comté|Orléans/Centre-Val de Loire|Mulhouse/Grand Est",
     "CLSPD de %1|Maison de la justice et du droit de %1|Médiation sociale de %1"},
    {"BE", "32", "nl", 10, "nl:55,fr:40,tr:5",
     "Bruxelles/Bruxelles-Capitale|Antwerpen/Vlaanderen|Gent/Vlaanderen|Charleroi/Wallonie|Liège/Wallonie|Brugge/Vlaanderen|Namur/Wallonie|"
     "Leuven/Vlaanderen|Mons/Wallonie|Mechelen/Vlaanderen|Kortrijk/Vlaanderen",
     "Preventiedienst %1|Service de prévention de %1"},
    {"NL", "31", "nl", 12, "nl:88,tr:8,de:4",
     "Amsterdam/Noord-Holland|Rotterdam/Zuid-Holland|Den Haag/Zuid-Holland|Utrecht/Utrecht|Eindhoven/Noord-Brabant|Groningen/Groningen|"
     "Tilburg/Noord-Brabant|Almere/Flevoland|Breda/Noord-Brabant|Nijmegen/Gelderland|Arnhem/Gelderland|Haarlem/Noord-Holland|"
     "Maastricht/Limburg|Leeuwarden/Friesland",
     "Veiligheidshuis %1|Stichting Preventie %1"},
    {"PL", "48", "pl", 18, "pl:96,cs:4",
     "Warszawa/mazowieckie|Kraków/małopolskie|Łódź/łódzkie|Wrocław/dolnośląskie|Poznań/wielkopolskie|Gdańsk/pomorskie|"
     "Szczecin/zachodniopomorskie|Bydgoszcz/kujawsko-pomorskie|Lublin/lubelskie|Białystok/podlaskie|Katowice/śląskie|Gdynia/pomorskie|"
     "Częstochowa/śląskie|Radom/mazowieckie|Toruń/kujawsko-pomorskie|Rzeszów/podkarpackie|Kielce/świętokrzyskie|Gliwice/śląskie|"
     "Olsztyn/warmińsko-mazurskie|Zielona Góra/lubuskie|Opole/opolskie",
     "Straż Miejska %1|Fundacja Bezpieczne Miasto %1"},
    {"CZ", "420", "cs", 10, "cs:94,pl:3,hu:3",
     "Praha/Praha|Brno/Jihomoravský kraj|Ostrava/Moravskoslezský kraj|Plzeň/Plzeňský kraj|Liberec/Liberecký kraj|Olomouc/Olomoucký kraj|"
     "České Budějovice/Jihočeský kraj|Hradec Králové/Královéhradecký kraj|Ústí nad Labem/Ústecký kraj|Pardubice/Pardubický kraj|"
     "Zlín/Zlínský kraj",
     "Městská policie %1|Centrum prevence %1"},
    {"HU", "36", "hu", 8, "hu:100",
     "Budapest/Budapest|Debrecen/Hajdú-Bihar|Szeged/Csongrád-Csanád|Miskolc/Borsod-Abaúj-Zemplén|Pécs/Baranya|Győr/Győr-Moson-Sopron|"
     "Nyíregyháza/Szabolcs-Szatmár-Bereg|Kecskemét/Bács-Kiskun|Székesfehérvár/Fejér",
     "Bűnmegelőzési Tanács %1|Közbiztonsági Iroda %1"},
    {"SE", "46", "sv", 10, "sv:90,no:3,da:3,tr:4",
     "Stockholm/Stockholms län|Göteborg/Västra Götalands län|Malmö/Skåne län|Uppsala/Uppsala län|Västerås/Västmanlands län|Örebro/Örebro län|"
     "Linköping/Östergötlands län|Helsingborg/Skåne län|Jönköping/Jönköpings län|Norrköping/Östergötlands län|Lund/Skåne län|"
     "Umeå/Västerbottens län",
     "Trygghetsrådet %1|Brottsförebyggande rådet i %1"},
    {"NO", "47", "no", 8, "no:92,sv:4,da:4",
     "Oslo/Oslo|Bergen/Vestland|Trondheim/Trøndelag|Stavanger/Rogaland|Drammen/Buskerud|Fredrikstad/Østfold|Kristiansand/Agder|"
     "Tromsø/Troms|Bodø/Nordland|Ålesund/Møre og Romsdal",
     "Politirådet i %1|SLT-samarbeidet %1"},
    {"DK", "45", "da", 8, "da:92,sv:4,no:4",
     "København/Hovedstaden|Aarhus/Midtjylland|Odense/Syddanmark|Aalborg/Nordjylland|Esbjerg/Syddanmark|Randers/Midtjylland|"
     "Kolding/Syddanmark|Horsens/Midtjylland|Vejle/Syddanmark|Roskilde/Sjælland|Næstved/Sjælland",
     "SSP %1|Kriminalpræventivt Råd %1"},
    {"ES", "34", "es", 15, "es:95,pt:5",
     "Madrid/Comunidad de Madrid|Barcelona/Cataluña|València/Comunitat Valenciana|Sevilla/Andalucía|Zaragoza/Aragón|Málaga/Andalucía|"
     "Murcia/Región de Murcia|Palma/Illes Balears|Las Palmas de Gran Canaria/Canarias|Bilbao/País Vasco|Alicante/Comunitat Valenciana|"
     "Córdoba/Andalucía|Valladolid/Castilla y León|Vigo/Galicia|Gijón/Asturias|L'Hospitalet de Llobregat/Cataluña|A Coruña/Galicia|"
     "Vitoria-Gasteiz/País Vasco|Granada/Andalucía|Donostia-San Sebastián/País Vasco",
     "Policía Local de %1|Observatorio de Seguridad de %1"},
    {"PT", "351", "pt", 10, "pt:100",
     "Lisboa/Lisboa|Porto/Porto|Vila Nova de Gaia/Porto|Amadora/Lisboa|Braga/Braga|Coimbra/Coimbra|Funchal/Madeira|Setúbal/Setúbal|"
     "Almada/Setúbal|Évora/Évora|Faro/Faro|Guimarães/Braga",
     "Polícia Municipal de %1|Conselho Municipal de Segurança de %1"},
    {"IT", "39", "it", 12, "it:100",
     "Roma/Lazio|Milano/Lombardia|Napoli/Campania|Torino/Piemonte|Palermo/Sicilia|Genova/Liguria|Bologna/Emilia-Romagna|Firenze/Toscana|"
     "Bari/Puglia|Catania/Sicilia|Venezia/Veneto|Verona/Veneto|Modena/Emilia-Romagna|Forlì/Emilia-Romagna",
     "Polizia Locale di %1|Forum Sicurezza Urbana %1"},
    {"GR", "30", "el", 10, "el:100",
     "Athína/Attiki|Thessaloníki/Kentriki Makedonia|Pátra/Dytiki Ellada|Irákleio/Kriti|Lárisa/Thessalia|Vólos/Thessalia|Ioánnina/Ipeiros|"
     "Chaniá/Kriti|Kalamáta/Peloponnisos|Ródos/Notio Aigaio|Komotiní/Anatoliki Makedonia kai Thraki",
     "Dimotiko Symvoulio Prolipsis %1|Kéntro Prólipsis %1"},
};

const JobSeed JobTitleTable[] = {
    {"de", "Leitung Ordnungsamt|Kommunale Kriminalprävention|Geschäftsführung Präventionsrat|Referat Sicherheit und Ordnung|Streetwork|"
           "Quartiersmanagement|Fachbereich Öffentliche Ordnung"},
    {"fr", "Coordination CLSPD|Chargée de mission prévention|Direction de la tranquillité publique|Médiation sociale"},
    {"nl", "Beleidsadviseur veiligheid|Coördinator preventie|Wijkregisseur"},
    {"pl", "Koordynator ds. bezpieczeństwa|Wydział Bezpieczeństwa i Zarządzania Kryzysowego|Komendant Straży Miejskiej"},
    {"cs", "Manažer prevence kriminality|Odbor bezpečnosti|Strážník"},
    {"hu", "Bűnmegelőzési referens|Közbiztonsági osztály"},
    {"sv", "Trygghetssamordnare|Säkerhetschef|Brottsförebyggande samordnare"},
    {"no", "SLT-koordinator|Rådgiver for samfunnssikkerhet"},
    {"da", "SSP-konsulent|Tryghedskoordinator"},
    {"es", "Coordinación de seguridad ciudadana|Jefatura de Policía Local|Técnica de prevención"},
    {"pt", "Coordenação de segurança|Comandante da Polícia Municipal|Técnica de prevenção"},
    {"it", "Responsabile sicurezza urbana|Comandante Polizia Locale|Ufficio prevenzione"},
    {"el", "Symvoulos asfaleias|Ypefthynos prolipsis"},
};

const char *const TopicList =
    "Sicherheit im Bahnhofsviertel|Nachtökonomie und öffentlicher Raum|Prävention von Jugendgewalt|Drogenkonsum im öffentlichen Raum|"
    "Kommunale Lagebilder|Sicherheitsgefühl älterer Menschen|Digitalisierung der Prävention|Gewalt gegen Kommunalbeschäftigte|"
    "Extremismusprävention vor Ort|Krisenmanagement und Resilienz|Urban Security and Public Spaces|Women's Safety in Cities|"
    "Hate Crime Prevention|Big Events and Crowd Safety|Cannabis: Folgen für Kommunen|Kriminalprävention durch Städtebau|"
    "Obdachlosigkeit und Ordnungsrecht|Sexarbeit und Stadtgesellschaft|Hitzeschutz und Sicherheit|Partizipation und Bürgerbeteiligung|"
    "Videoschutz im Stadtraum|Radicalisation Awareness|Community Policing in Europe|Zusammenleben im Quartier|Sicherheit im ÖPNV|"
    "Häusliche Gewalt: kommunale Antworten|Polizei und Kommune im Dialog|Daten und Evidenz in der Prävention|Pandemieplanung und Krisenstäbe|"
    "Demokratische Resilienz stärken";

const char *const ProjectList = "PanReflex|CO-SECUR|SiBa|LegiNot|Pufii|EQAL|RiskPACC|IcARUS|TRANSCEND|Safe Nights|UrbanSafe";

// general_assembly is placed separately (one a year).
const KindWeight KindWeightTable[] = {
    {"webinar", 28}, {"workshop", 20}, {"project_meeting", 12}, {"seminar", 8}, {"training", 8}, {"conference", 6},
    {"exchange", 6}, {"board_meeting", 5}, {"study_trip", 2}, {"congress", 1}, {"other", 4},
};

} // namespace

Table<OriginSeed> origins() { return {std::begin(OriginTable), std::end(OriginTable)}; }
Table<CountrySeed> countries() { return {std::begin(CountryTable), std::end(CountryTable)}; }
Table<JobSeed> jobTitles() { return {std::begin(JobTitleTable), std::end(JobTitleTable)}; }
Table<KindWeight> kindWeights() { return {std::begin(KindWeightTable), std::end(KindWeightTable)}; }
const char *topics() { return TopicList; }
const char *projects() { return ProjectList; }

} // namespace fd::generatorseeds
