PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE forumdesk_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
INSERT INTO forumdesk_meta VALUES('schema_version','2');
INSERT INTO forumdesk_meta VALUES('database_uuid','d2276cf4-e116-4fa9-ae52-35f6740e4faf');
INSERT INTO forumdesk_meta VALUES('created_at','2026-11-26T01:55:04.848Z');
INSERT INTO forumdesk_meta VALUES('kind','office');
CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('city', 'organisation')),
            name TEXT NOT NULL CHECK (name <> ''),
            name_key TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            joined_on TEXT,
            left_on TEXT,
            website TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            CHECK (left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on));
INSERT INTO organisations VALUES(1,'305120c0-2c69-4403-825b-0f3e5f6be895','city','Augsburg','augsburg','Bayern','DE','2013-03-01',NULL,'https://www.augsburg.de','Workshop mit DEFUS auf dem DPT 2024 in Cottbus.','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO organisations VALUES(2,'6ab8f97a-f877-4ef8-8741-30f3c1d7033b','city','Berlin','berlin','Berlin','DE','2012-01-01',NULL,'https://www.berlin.de','','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO organisations VALUES(3,'1d9eab83-37fc-4f94-8a85-1c55ff385523','city','Dortmund','dortmund','Nordrhein-Westfalen','DE','2019-01-01',NULL,'https://www.dortmund.de','Sonderstab Ordnung und Stadtleben.','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO organisations VALUES(4,'bf6b464d-8ec5-49ac-a83f-0fc44d7a70ba','city','Düsseldorf','dusseldorf','Nordrhein-Westfalen','DE','2012-01-01',NULL,'https://www.duesseldorf.de','EQAL-Projekt; neue Ansprechperson seit Februar 2024.','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO organisations VALUES(5,'8c59c280-a2dd-4418-8987-be345f46eb17','city','Essen','essen','Nordrhein-Westfalen','DE','2011-06-01',NULL,'https://www.essen.de','Finanzierte die Fachtagung Digitalisierung der Sexarbeit (September 2024).','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO organisations VALUES(6,'9f8c5c67-90da-415c-b840-b123218c128d','city','Frankfurt am Main','frankfurt am main','Hessen','DE','2014-01-01',NULL,'https://frankfurt.de','Gastgeberin des SiBa-Workshops 2025.','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO organisations VALUES(7,'d399cec4-de19-4da9-a0b8-346002ef68a6','city','Freiburg im Breisgau','freiburg im breisgau','Baden-Württemberg','DE','2015-01-01',NULL,'https://www.freiburg.de','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO organisations VALUES(8,'6558fd12-ea0c-42b7-8c89-b835912168d3','city','Gelsenkirchen','gelsenkirchen','Nordrhein-Westfalen','DE','2018-01-01',NULL,'https://www.gelsenkirchen.de','Gastgeberin der 27. Mitgliederversammlung.','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO organisations VALUES(9,'982840d2-84cf-4b06-a80c-452da5a30acc','city','Gladbeck','gladbeck','Nordrhein-Westfalen','DE','2021-01-01',NULL,'https://www.gladbeck.de','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO organisations VALUES(10,'fb739f6d-9237-4049-9453-857e50f008c3','city','Göttingen','gottingen','Niedersachsen','DE','2020-01-01',NULL,'https://www.goettingen.de','Personalwechsel 2024; Austausch vor Ort im November.','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO organisations VALUES(11,'93a46f5b-0671-445e-aa4e-4a09575dabc4','city','Hannover','hannover','Niedersachsen','DE','2011-06-01',NULL,'https://www.hannover.de','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO organisations VALUES(12,'e8e7a8d1-786f-4f5a-9294-55b1e99b2a49','city','Heidelberg','heidelberg','Baden-Württemberg','DE','2016-01-01',NULL,'https://www.heidelberg.de','RiskPACC (Efus).','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO organisations VALUES(13,'7446a4ba-d4e6-435c-92e3-92766baaa08f','city','Karlsruhe','karlsruhe','Baden-Württemberg','DE','2017-01-01',NULL,'https://www.karlsruhe.de','RiskPACC (Efus).','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO organisations VALUES(14,'d300dadd-deee-43f0-8487-3f2456fa4524','city','Köln','koln','Nordrhein-Westfalen','DE','2011-06-01',NULL,'https://www.stadt-koeln.de','Gastgeberin des Efus-Exekutivkomitees am 5. Dezember 2024.','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO organisations VALUES(15,'d9ae2e6c-e1fc-4f1d-94ef-6dd39134bb0e','city','Leipzig','leipzig','Sachsen','DE','2019-07-01',NULL,'https://www.leipzig.de','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO organisations VALUES(16,'708b7321-0685-432d-a850-8c26a9c7096c','city','Mannheim','mannheim','Baden-Württemberg','DE','2011-06-01',NULL,'https://www.mannheim.de','TRANSCEND (Efus).','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO organisations VALUES(17,'b524baa9-6f24-475a-9203-68483d3896a5','city','Nürnberg','nurnberg','Bayern','DE','2013-01-01',NULL,'https://www.nuernberg.de','AK Sicherheit und Sauberkeit.','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO organisations VALUES(18,'2f11fbf1-76de-454c-ac4f-b6a5d2b46778','city','Stuttgart','stuttgart','Baden-Württemberg','DE','2011-06-01',NULL,'https://www.stuttgart.de','IcARUS (Efus); Gastgeberin der Mitgliederversammlung 2025.','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO organisations VALUES(19,'8b568cda-3cc2-4a99-8f83-cdf55bbdd03f','city','Kaiserslautern','kaiserslautern','Rheinland-Pfalz','DE','2025-01-01',NULL,'https://www.kaiserslautern.de','Tritt zum 1. Januar 2025 bei.','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO organisations VALUES(20,'1e824959-f94a-449e-b2c9-57e02f876643','organisation','Landespräventionsrat Niedersachsen','landespraventionsrat niedersachsen','Niedersachsen','DE','2012-01-01',NULL,'https://www.lpr.niedersachsen.de','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO organisations VALUES(21,'3ec93ee2-bc60-451a-8588-36cfda28b004','organisation','Deutscher Präventionstag','deutscher praventionstag','Niedersachsen','DE','2014-01-01',NULL,'https://www.praeventionstag.de','Pufii ist ein gemeinsames Projekt mit DEFUS.','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO organisations VALUES(22,'da7038b6-a3a4-489d-a8d2-5c2fa165cb8b','organisation','Landespräventionsrat Nordrhein-Westfalen','landespraventionsrat nordrhein-westfalen','Nordrhein-Westfalen','DE','2025-01-01',NULL,'https://www.lpr.nrw.de','Tritt zum 1. Januar 2025 bei.','2026-11-26T01:55:04.858Z','2026-11-26T01:55:04.858Z',1);
INSERT INTO organisations VALUES(23,'f6df38a3-32c2-4976-8acf-05dc26a647d5','organisation','DEFUS Geschäftsstelle','defus geschaftsstelle','Niedersachsen','DE',NULL,NULL,'https://www.defus.de','Kurt-Schumacher-Straße 29, 30159 Hannover','2026-11-26T01:55:04.858Z','2026-11-26T01:55:04.858Z',1);
INSERT INTO organisations VALUES(24,'c229fdb1-0280-477f-b0bf-6887674f3304','organisation','Efus','efus','','FR',NULL,NULL,'https://efus.eu','European Forum for Urban Security, Paris.','2026-11-26T01:55:04.858Z','2026-11-26T01:55:04.858Z',1);
INSERT INTO organisations VALUES(25,'05dec030-3d90-492e-a8a2-6cbe6a0637aa','organisation','Deutsches Institut für Urbanistik','deutsches institut fur urbanistik','Berlin','DE',NULL,NULL,'https://difu.de','Jährliches gemeinsames Seminar in Berlin.','2026-11-26T01:55:04.858Z','2026-11-26T01:55:04.858Z',1);
INSERT INTO organisations VALUES(26,'7023d2fd-2b98-496e-baaa-829541043772','organisation','Universität Tübingen','universitat tubingen','Baden-Württemberg','DE',NULL,NULL,'https://uni-tuebingen.de','Community of Practice Sicherheit im Bahnhofsviertel.','2026-11-26T01:55:04.858Z','2026-11-26T01:55:04.858Z',1);
INSERT INTO organisations VALUES(27,'86d6e8fc-8443-4e0c-8d0a-1b1bf52e431d','organisation','Bergische Universität Wuppertal','bergische universitat wuppertal','Nordrhein-Westfalen','DE',NULL,NULL,'https://www.uni-wuppertal.de','Community of Practice Sicherheit im Bahnhofsviertel.','2026-11-26T01:55:04.858Z','2026-11-26T01:55:04.858Z',1);
INSERT INTO organisations VALUES(28,'377720ce-1be0-43cf-b4f1-c42fa52ec23b','city','Stadt Zürich','stadt zurich','Zürich','CH',NULL,NULL,'https://www.stadt-zuerich.ch','Studienreise 4.–5. Juli 2024.','2026-11-26T01:55:04.858Z','2026-11-26T01:55:04.858Z',1);
INSERT INTO organisations VALUES(29,'3c15028b-6050-4e46-9021-6775ed018558','organisation','EBP Schweiz AG','ebp schweiz ag','Zürich','CH',NULL,NULL,'https://www.ebp.global','','2026-11-26T01:55:04.858Z','2026-11-26T01:55:04.858Z',1);
INSERT INTO organisations VALUES(30,'5a7c01e8-1210-4b4c-8023-4f0f57273d12','organisation','Fraunhofer INT','fraunhofer int','Nordrhein-Westfalen','DE',NULL,NULL,'https://www.int.fraunhofer.de','RiskPACC.','2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
INSERT INTO organisations VALUES(31,'ec69c8b4-54bd-48fc-b76c-b2d1b1fdac79','organisation','CommunAid gGmbH','communaid ggmbh','','DE',NULL,NULL,'','Training Demokratische Resilienz.','2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
INSERT INTO organisations VALUES(32,'0756f9e8-96ea-424c-8780-c136bfc8f328','organisation','ICPC','icpc','','CA',NULL,NULL,'https://cipc-icpc.org','International Centre for the Prevention of Crime, Montréal.','2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
INSERT INTO organisations VALUES(33,'0966f0c6-74f4-4574-b988-f74fb12df1dd','organisation','Kveloce I+D+i','kveloce i+d+i','','ES',NULL,NULL,'https://kveloce.com','Konsortialführung CO-SECUR.','2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
INSERT INTO organisations VALUES(34,'68a7026c-4903-4863-b1de-e1fef1231c11','organisation','Mitteldeutscher Rundfunk','mitteldeutscher rundfunk','Sachsen','DE',NULL,NULL,'https://www.mdr.de','Redaktion.','2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
INSERT INTO organisations VALUES(35,'901f7c41-495d-4cdc-810c-6339e3017338','organisation','Rundfunk Berlin-Brandenburg','rundfunk berlin-brandenburg','Berlin','DE',NULL,NULL,'https://www.rbb-online.de','Redaktion Radio 1.','2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
INSERT INTO organisations VALUES(36,'b54cfa2a-f607-4d2a-8bd1-24e03606fcad','organisation','ZDF','zdf','Rheinland-Pfalz','DE',NULL,NULL,'https://www.zdf.de','Redaktion Plan B.','2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
CREATE TABLE membership_fees (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
            year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
            amount_cents INTEGER NOT NULL DEFAULT 0 CHECK (amount_cents >= 0),
            paid_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (organisation_id, year));
INSERT INTO membership_fees VALUES(1,'a4fd5f03-c295-4d9a-8a8a-97fd414141ee',1,2022,200000,'2022-03-10','','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO membership_fees VALUES(2,'c0136b02-4832-48a1-84f1-d554238f0121',1,2023,200000,'2023-03-10','','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO membership_fees VALUES(3,'0ffb2a2b-f37d-4395-933a-8b1bc547cb12',1,2024,200000,'2024-03-10','','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO membership_fees VALUES(4,'060020ca-63a5-45d5-a666-f1811f44530d',2,2022,350000,'2022-04-17','','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO membership_fees VALUES(5,'c22f65c5-7d41-41e2-83cc-95c845d02fb8',2,2023,350000,'2023-04-17','','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO membership_fees VALUES(6,'ac992a72-1a38-4a2f-895b-0fcf3d8f4d49',2,2024,350000,'2024-04-17','','2026-11-26T01:55:04.851Z','2026-11-26T01:55:04.851Z',1);
INSERT INTO membership_fees VALUES(7,'ae1515e8-e114-4f78-97e4-97452a015876',3,2022,300000,'2022-05-24','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(8,'adb6f35e-5993-4792-a9de-fba43ebac009',3,2023,300000,'2023-05-24','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(9,'360966a7-e7ae-42ed-ac23-00e96da56c87',3,2024,300000,'2024-05-24','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(10,'a83735a9-5516-466a-8538-f0b37fe7d9d0',4,2022,300000,'2022-02-06','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(11,'ee0d09f6-f3d0-4718-a0e1-54e43c3e9fbb',4,2023,300000,'2023-02-06','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(12,'a6122d2d-ce8a-4efa-bee7-f88e101de1b8',4,2024,300000,'2024-02-06','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(13,'685a27a3-3625-4e58-8e80-18139c4f5b7c',5,2022,300000,'2022-03-13','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(14,'fcee0fba-b048-42be-b331-9135f83fc666',5,2023,300000,'2023-03-13','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(15,'cd74d9fc-ec69-4358-8d7f-a76d30eeee5d',5,2024,300000,'2024-03-13','','2026-11-26T01:55:04.852Z','2026-11-26T01:55:04.852Z',1);
INSERT INTO membership_fees VALUES(16,'bf561fbf-0639-45a0-bc05-7e0c6faf1cfb',6,2022,300000,'2022-04-20','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(17,'85355ab8-50aa-43ea-8d87-ebd203407cd5',6,2023,300000,'2023-04-20','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(18,'22881163-e944-4b93-aff8-ca94ec628f9c',6,2024,300000,'2024-04-20','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(19,'19791a7f-a74d-4372-9f81-a3e0fe86e332',7,2022,200000,'2022-05-27','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(20,'0cd879d5-2d35-46c3-b7c8-9e42b02d083b',7,2023,200000,'2023-05-27','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(21,'7e766bcb-9087-4c75-9d6f-f8cdd8c7ef31',7,2024,200000,'2024-05-27','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(22,'7c8d1299-a7c5-4bb6-9902-7502876ebfb2',8,2022,200000,'2022-02-09','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(23,'beabcc0d-6b83-4006-930c-f3fe356ae9ff',8,2023,200000,'2023-02-09','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(24,'8ae8499a-7a99-4e9c-b2f1-dd9d34cc5565',8,2024,200000,'2024-02-09','','2026-11-26T01:55:04.853Z','2026-11-26T01:55:04.853Z',1);
INSERT INTO membership_fees VALUES(25,'452e632b-94f2-4617-966d-3e81acd5ee2a',9,2022,200000,'2022-03-16','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(26,'ebf59e8c-abf4-4e3b-ae37-e9e37bc92554',9,2023,200000,'2023-03-16','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(27,'15ed84d6-4614-4fd0-af73-9e5cedab0242',9,2024,200000,NULL,'','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(28,'c11ce147-1d9e-424d-a7e3-a1798501d29f',10,2022,200000,'2022-04-23','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(29,'c46b2e50-0fd2-4a83-b3d7-6f53e6fb54cc',10,2023,200000,'2023-04-23','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(30,'5c1b7cc3-31f6-42b2-8915-c9c7cacd3359',10,2024,200000,'2024-04-23','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(31,'1f0ddddf-2632-48be-9b51-0565c0b019e1',11,2022,250000,'2022-05-05','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(32,'c6c4cbec-c235-4f11-81cf-b5846b0c11f2',11,2023,250000,'2023-05-05','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(33,'fb109f8b-bb87-467c-9ac5-137ce9ff75f2',11,2024,250000,'2024-05-05','','2026-11-26T01:55:04.854Z','2026-11-26T01:55:04.854Z',1);
INSERT INTO membership_fees VALUES(34,'811c897a-8bb2-48a0-b686-a5d185ece657',12,2022,200000,'2022-02-12','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(35,'2589337e-d44d-43b1-9b17-7c42f5c28d95',12,2023,200000,'2023-02-12','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(36,'8f5653d8-0d28-4549-accf-88dce7fdb5a7',12,2024,200000,'2024-02-12','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(37,'1f54d719-37b6-4e38-b950-6a9627a23785',13,2022,200000,'2022-03-19','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(38,'ee79a3ef-c4c5-4623-b894-a53641018eb9',13,2023,200000,'2023-03-19','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(39,'765a46e8-cbf6-421a-9c9d-41a45ef46e74',13,2024,200000,'2024-03-19','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(40,'56868764-ccd7-44c8-9835-eaddf22372d2',14,2022,350000,'2022-04-26','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(41,'986508dd-7b9f-4ea3-b1ce-8a709b936d58',14,2023,350000,'2023-04-26','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(42,'b8f95bb2-436b-4787-82cd-5bd8d00af808',14,2024,350000,'2024-04-26','','2026-11-26T01:55:04.855Z','2026-11-26T01:55:04.855Z',1);
INSERT INTO membership_fees VALUES(43,'dcb289f3-1a2f-49ad-920a-0570d3d82b72',15,2022,300000,'2022-05-08','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(44,'f3582a05-ff0d-4129-8d24-78609ddbce93',15,2023,300000,'2023-05-08','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(45,'3487f195-3653-4066-9f83-da176027c0a5',15,2024,300000,NULL,'','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(46,'13371978-39e4-4637-a565-947e89c0e0d1',16,2022,200000,'2022-02-15','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(47,'a1f158a4-ba96-4059-b9d3-f819cd15dbe5',16,2023,200000,'2023-02-15','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(48,'33eed4d8-c43c-4ce7-8b7e-ed2452dc24a1',16,2024,200000,'2024-02-15','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(49,'b81f89fe-5e75-4877-89c3-6ce7efacd0db',17,2022,250000,'2022-03-22','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(50,'b241bf87-844d-4b05-a63e-db6b19e518cf',17,2023,250000,'2023-03-22','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(51,'04f5b974-db6f-4c48-972d-3c5a795568e9',17,2024,250000,'2024-03-22','','2026-11-26T01:55:04.856Z','2026-11-26T01:55:04.856Z',1);
INSERT INTO membership_fees VALUES(52,'665d4af5-2c48-4874-b224-bf9e06fc80bd',18,2022,300000,'2022-04-04','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO membership_fees VALUES(53,'9c76631d-fd23-41ba-b03f-4e66dff071dc',18,2023,300000,'2023-04-04','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO membership_fees VALUES(54,'03b53779-3068-4363-a60a-cf1044216129',18,2024,300000,'2024-04-04','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO membership_fees VALUES(55,'6e571e27-f71e-4092-abeb-5b7cffb87b28',20,2022,150000,'2022-02-18','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO membership_fees VALUES(56,'886a8e0c-fbeb-4e88-84f9-1f732a3b233b',20,2023,150000,'2023-02-18','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO membership_fees VALUES(57,'b21ea895-13e5-4502-be01-f4fb0217a431',20,2024,150000,'2024-02-18','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO membership_fees VALUES(58,'15652736-3386-400b-a4a6-111bac7e7d5b',21,2022,150000,'2022-03-25','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO membership_fees VALUES(59,'2476afdc-f5ee-4860-968f-31daa6b576d4',21,2023,150000,'2023-03-25','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
INSERT INTO membership_fees VALUES(60,'c9dccec3-dcad-4118-be21-c01dae556e6a',21,2024,150000,'2024-03-25','','2026-11-26T01:55:04.857Z','2026-11-26T01:55:04.857Z',1);
CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL CHECK (last_name <> ''),
            name_key TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            email_key TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            consent_newsletter INTEGER NOT NULL DEFAULT 0,
            consent_newsletter_on TEXT,
            consent_photos INTEGER NOT NULL DEFAULT 0,
            consent_photos_on TEXT,
            consent_sharing INTEGER NOT NULL DEFAULT 0,
            consent_sharing_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1);
INSERT INTO people VALUES(1,'95c1d4e5-35c0-4bc2-b49f-94f6a42af94c','','Christian','Kromberg','kromberg christian','','','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
INSERT INTO people VALUES(2,'36467e6c-9ec1-4a4a-9fa8-697c3c12705f','Dr.','Volker','Proffen','proffen volker','','','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.860Z','2026-11-26T01:55:04.860Z',1);
INSERT INTO people VALUES(3,'e80b8764-a6bc-47f1-b34f-5bf5bc048f50','','Anna','Rau','rau anna','anna.rau@defus.example','anna.rau@defus.example','0511 367394-20','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.860Z','2026-11-26T01:55:04.860Z',1);
INSERT INTO people VALUES(4,'5fb84624-531e-4479-8ac4-b8d3e7d7aac5','','Margo','Molkenbur','molkenbur margo','margo.molkenbur@defus.example','margo.molkenbur@defus.example','0511 367394-22','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.860Z','2026-11-26T01:55:04.860Z',1);
INSERT INTO people VALUES(5,'5d482d7d-4b3f-4b95-9768-19a9427f4d73','Dr.','Meike','Hecker','hecker meike','meike.hecker@defus.example','meike.hecker@defus.example','0511 367394-23','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.861Z','2026-11-26T01:55:04.861Z',1);
INSERT INTO people VALUES(6,'3c51dd41-4723-4474-add8-d1d5927cb247','','Kristina','Kutz','kutz kristina','kristina.kutz@defus.example','kristina.kutz@defus.example','0511 367394-21','',0,NULL,1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.861Z','2026-11-26T01:55:04.861Z',1);
INSERT INTO people VALUES(7,'a061051a-b78c-43d6-b406-bf669cdd92f6','','Rolf','Grimmer','grimmer rolf','rolf.grimmer@defus.example','rolf.grimmer@defus.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:55:04.861Z','2026-11-26T01:55:04.861Z',1);
INSERT INTO people VALUES(8,'c519c4ca-e258-4032-b9e2-a91a17ae5b44','','Hane','Barrazinji','barrazinji hane','hane.barrazinji@defus.example','hane.barrazinji@defus.example','','',0,NULL,1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.861Z','2026-11-26T01:55:04.861Z',1);
INSERT INTO people VALUES(9,'7866c86c-b2b4-4ee5-8af3-f9e6b8208c6c','Prof. Dr.','Rita','Haverkamp','haverkamp rita','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO people VALUES(10,'7ad3ac3b-3844-430c-91e5-6a58ed4d58da','Dr.','Tim','Lukas','lukas tim','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO people VALUES(11,'51395470-3609-497c-b3f4-5d656e7f477a','','Kurt','Faller','faller kurt','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO people VALUES(12,'f8309156-b0e3-4ec0-a843-0d50f1da10a5','','Dorothea','Faller','faller dorothea','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO people VALUES(13,'2432faad-c4e1-46af-af0d-5ffd11680b98','','Winfried','Kneip','kneip winfried','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.863Z','2026-11-26T01:55:04.863Z',1);
INSERT INTO people VALUES(14,'a095cd89-6718-4d86-9ba0-ce7866377b30','','Tillmann','Schulze','schulze tillmann','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.863Z','2026-11-26T01:55:04.863Z',1);
INSERT INTO people VALUES(15,'8fcbb385-eda8-4f75-be63-0a439f8e90a3','','Andrea','Weiß','weiss andrea','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.863Z','2026-11-26T01:55:04.863Z',1);
INSERT INTO people VALUES(16,'dc30eb79-2aff-48be-8fca-c5d1e970ff46','','Joël','Bellmont','bellmont joel','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.864Z','2026-11-26T01:55:04.864Z',1);
INSERT INTO people VALUES(17,'3fb00c58-5426-4da4-90f6-dd4037d0b2fe','','Naomi','Bögli','bogli naomi','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.864Z','2026-11-26T01:55:04.864Z',1);
INSERT INTO people VALUES(18,'ae0961fd-542a-4523-a0a7-38c85575fab8','Dr.','Maike','Vollmer','vollmer maike','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.864Z','2026-11-26T01:55:04.864Z',1);
INSERT INTO people VALUES(19,'382f2a96-9759-43da-a416-a0cb4082dc66','','Claudia','Heinzelmann','heinzelmann claudia','','','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.864Z','2026-11-26T01:55:04.864Z',1);
INSERT INTO people VALUES(20,'8600cc37-a71c-4b61-816b-08944fe3f2cc','','Janina','Hentschel','hentschel janina','','','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.865Z','2026-11-26T01:55:04.865Z',1);
INSERT INTO people VALUES(21,'d577462a-406b-408d-b3b8-335ddc31f07a','','Sabine','Krüger','kruger sabine','sabine.krueger@augsburg.example','sabine.krueger@augsburg.example','0821 324-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.865Z','2026-11-26T01:55:04.865Z',1);
INSERT INTO people VALUES(22,'60a1f4ac-9ff4-473b-9b89-05c73608068d','','Jörg','Wendtland','wendtland jorg','joerg.wendtland@berlin.example','joerg.wendtland@berlin.example','030 9027-0000','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.866Z','2026-11-26T01:55:04.866Z',1);
INSERT INTO people VALUES(23,'f44243a2-86da-4976-a791-7a927e9a154e','','Melanie','Özdemir','ozdemir melanie','melanie.oezdemir@dortmund.example','melanie.oezdemir@dortmund.example','0231 50-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.866Z','2026-11-26T01:55:04.866Z',1);
INSERT INTO people VALUES(24,'e5269ea3-bcf6-4615-a982-88932d37f2fb','','Thomas','Schäfer','schafer thomas','thomas.schaefer@duesseldorf.example','thomas.schaefer@duesseldorf.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:55:04.867Z','2026-11-26T01:55:04.867Z',1);
INSERT INTO people VALUES(25,'c4d0479b-a503-41f5-ae6d-cb8c911d9c36','','Lena','Brückner','bruckner lena','lena.brueckner@duesseldorf.example','lena.brueckner@duesseldorf.example','0211 89-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.867Z','2026-11-26T01:55:04.867Z',1);
INSERT INTO people VALUES(26,'b71cc23b-49a8-4787-963b-f7088c433db0','','Markus','Große-Wilde','grosse-wilde markus','markus.grosse-wilde@essen.example','markus.grosse-wilde@essen.example','0201 88-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.867Z','2026-11-26T01:55:04.867Z',1);
INSERT INTO people VALUES(27,'2b6e4ff7-ecea-44e3-ad3b-69a7733cd6ea','Dr.','Ayşe','Yılmaz','yılmaz ayse','ayse.yilmaz@frankfurt.example','ayse.yilmaz@frankfurt.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.868Z','2026-11-26T01:55:04.868Z',1);
INSERT INTO people VALUES(28,'d2dac3fb-83c5-44b1-a393-c5da040d44b1','','Florian','Maier','maier florian','florian.maier@freiburg.example','florian.maier@freiburg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.868Z','2026-11-26T01:55:04.868Z',1);
INSERT INTO people VALUES(29,'d5d84792-f5b6-460b-a2db-1414cc10a94f','','Petra','Kowalczyk','kowalczyk petra','petra.kowalczyk@gelsenkirchen.example','petra.kowalczyk@gelsenkirchen.example','0209 169-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.868Z','2026-11-26T01:55:04.868Z',1);
INSERT INTO people VALUES(30,'e4f2a0ea-ed59-4039-96a1-eb98b37cd234','','Dennis','Hüsken','husken dennis','dennis.huesken@gladbeck.example','dennis.huesken@gladbeck.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:55:04.868Z','2026-11-26T01:55:04.868Z',1);
INSERT INTO people VALUES(31,'1827fd1b-2fce-4c68-9b9b-f6526b9d4a58','','Hanna','Weißgerber','weissgerber hanna','hanna.weissgerber@goettingen.example','hanna.weissgerber@goettingen.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO people VALUES(32,'f7aeb44a-c6ae-49f5-a098-5d9d4c4cb80a','','Jonas','Lindqvist','lindqvist jonas','jonas.lindqvist@goettingen.example','jonas.lindqvist@goettingen.example','0551 400-0000','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO people VALUES(33,'0e2a3507-c0e3-4d6d-bb7d-fa7bfea7e570','','Katrin','Meißner','meissner katrin','katrin.meissner@hannover.example','katrin.meissner@hannover.example','0511 168-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO people VALUES(34,'e7176d24-1814-42f2-91d8-0dc6d62ff01f','','Andrea','Caspar-Thron','caspar-thron andrea','andrea.caspar-thron@heidelberg.example','andrea.caspar-thron@heidelberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO people VALUES(35,'20b15d35-0605-43fb-8d18-1f7681efa4ee','','Stefan','Rößler','rossler stefan','stefan.roessler@karlsruhe.example','stefan.roessler@karlsruhe.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO people VALUES(36,'b5c33545-7e03-4272-9c79-f0de6d422767','','Miriam','Schönfeld','schonfeld miriam','miriam.schoenfeld@koeln.example','miriam.schoenfeld@koeln.example','0221 221-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.870Z','2026-11-26T01:55:04.870Z',1);
INSERT INTO people VALUES(37,'9e9743ad-a41e-413c-b159-60ef48093b1e','','Uwe','Kästner','kastner uwe','uwe.kaestner@leipzig.example','uwe.kaestner@leipzig.example','','',1,'2024-01-15',0,NULL,0,NULL,'2026-11-26T01:55:04.870Z','2026-11-26T01:55:04.870Z',1);
INSERT INTO people VALUES(38,'3a38e979-65f1-4e08-9c95-b60e0e1569b2','','Nadine','Böhm','bohm nadine','nadine.boehm@mannheim.example','nadine.boehm@mannheim.example','0621 293-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.870Z','2026-11-26T01:55:04.870Z',1);
INSERT INTO people VALUES(39,'a816462f-90e3-4acd-bbb7-bf65472c2441','','Günter','Fuchs','fuchs gunter','guenter.fuchs@nuernberg.example','guenter.fuchs@nuernberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.871Z','2026-11-26T01:55:04.871Z',1);
INSERT INTO people VALUES(40,'c53e02e3-0258-46f6-915a-3d731e054571','','Eva','Ströbele','strobele eva','eva.stroebele@stuttgart.example','eva.stroebele@stuttgart.example','0711 216-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.871Z','2026-11-26T01:55:04.871Z',1);
INSERT INTO people VALUES(41,'dc3c1b74-fb17-4d34-a46e-570eb0c3318a','','Tobias','Nägele','nagele tobias','tobias.naegele@kaiserslautern.example','tobias.naegele@kaiserslautern.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.871Z','2026-11-26T01:55:04.871Z',1);
INSERT INTO people VALUES(42,'95963d4d-abc1-4890-8491-0fcb3dbfbb57','','Birgit','Lührs','luhrs birgit','birgit.luehrs@lpr-nds.example','birgit.luehrs@lpr-nds.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO people VALUES(43,'d83e0643-94c3-4282-9958-835e19f4bf4e','','Ralf','Düring','during ralf','ralf.duering@lpr-nrw.example','ralf.duering@lpr-nrw.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO people VALUES(44,'a7552914-7000-4ca7-9c30-7e4d41a07330','','Elizabeth','Johnston','johnston elizabeth','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO people VALUES(45,'06d96bc8-50b1-4d6e-8595-ca056fd520d9','','Jan','Schröder','schroder jan','jan.schroeder@essen.example','jan.schroeder@essen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO people VALUES(46,'12baf81c-be4c-4fae-a3aa-c76d7ca326a7','','Fatma','Aydın','aydın fatma','fatma.aydin@essen.example','fatma.aydin@essen.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO people VALUES(47,'a32b4c82-5145-4c7a-b051-d12a10af4de9','Dr.','Christoph','Bäumer','baumer christoph','christoph.baeumer@mannheim.example','christoph.baeumer@mannheim.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO people VALUES(48,'a24c4808-b298-4600-af4d-5000ebc1de46','','Svenja','Kühn','kuhn svenja','svenja.kuehn@mannheim.example','svenja.kuehn@mannheim.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO people VALUES(49,'49aae09f-580d-4fdc-b3af-31e4ac8c4092','','Lukas','Wagner','wagner lukas','lukas.wagner@koeln.example','lukas.wagner@koeln.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO people VALUES(50,'668a6b65-ae7e-45a3-a1d3-9874fb2428df','','Aylin','Demir','demir aylin','aylin.demir@koeln.example','aylin.demir@koeln.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO people VALUES(51,'7aa2ea02-c6fb-4e91-bd8e-85311dc3e479','','Matthias','Hoffmann','hoffmann matthias','matthias.hoffmann@duesseldorf.example','matthias.hoffmann@duesseldorf.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO people VALUES(52,'d5ea6aa8-35c8-45f2-bbb8-3109cb96f5a5','','Nina','Zimmermann','zimmermann nina','nina.zimmermann@stuttgart.example','nina.zimmermann@stuttgart.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO people VALUES(53,'b60f02d3-d112-4b78-9c9f-25c31457cef1','','Tobias','Krämer','kramer tobias','tobias.kraemer@stuttgart.example','tobias.kraemer@stuttgart.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO people VALUES(54,'f29aa2a8-4b72-4764-821c-169f7fa36171','','Julia','Neumann','neumann julia','julia.neumann@berlin.example','julia.neumann@berlin.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO people VALUES(55,'c2e2ce85-661f-4ea1-97f3-f3c7278d61c9','','Kerstin','Wolff','wolff kerstin','kerstin.wolff@hannover.example','kerstin.wolff@hannover.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO people VALUES(56,'2a98c34c-0154-4ebe-98fd-ac2402ff9b6d','','Erik','Lange','lange erik','erik.lange@hannover.example','erik.lange@hannover.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO people VALUES(57,'536f3ba9-e77f-4734-a612-324a5d924296','','Sophie','Dubois','dubois sophie','sophie.dubois@freiburg.example','sophie.dubois@freiburg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO people VALUES(58,'e5211165-79e0-4cd8-8d7b-4c0694d46a61','','Michael','Groß','gross michael','michael.gross@frankfurt.example','michael.gross@frankfurt.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO people VALUES(59,'1d337eff-e01f-4913-a703-516e3163e9b8','','Anja','Köhler','kohler anja','anja.koehler@frankfurt.example','anja.koehler@frankfurt.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO people VALUES(60,'a85ca8b8-d456-45d4-bed0-55e0d6b71681','','Stefanie','Brandt','brandt stefanie','stefanie.brandt@dortmund.example','stefanie.brandt@dortmund.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO people VALUES(61,'c2e483b0-3886-4d65-b784-050e3e4cdf12','','Oliver','Schulz','schulz oliver','oliver.schulz@gelsenkirchen.example','oliver.schulz@gelsenkirchen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO people VALUES(62,'d52a91de-7f73-4cec-a499-24d1d93e34c2','','Laura','Fischer','fischer laura','laura.fischer@gelsenkirchen.example','laura.fischer@gelsenkirchen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO people VALUES(63,'38c6f639-dce0-4447-a385-ce901ff9e90c','','Benedikt','Huber','huber benedikt','benedikt.huber@augsburg.example','benedikt.huber@augsburg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO people VALUES(64,'6888c71e-6a97-4337-9def-be67f2a4c015','','Carina','Vogel','vogel carina','carina.vogel@nuernberg.example','carina.vogel@nuernberg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO people VALUES(65,'625d47f8-86ac-4382-8f3c-799fbd065c88','','Daniel','Schäfer','schafer daniel','daniel.schaefer@heidelberg.example','daniel.schaefer@heidelberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.877Z','2026-11-26T01:55:04.877Z',1);
INSERT INTO people VALUES(66,'206a6e24-938d-4176-8a79-cd92784d0959','','Marie','Lehmann','lehmann marie','marie.lehmann@leipzig.example','marie.lehmann@leipzig.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.877Z','2026-11-26T01:55:04.877Z',1);
INSERT INTO people VALUES(67,'43b978e3-78a9-455c-81b5-cfc1ecb8e05c','','Felix','Jäger','jager felix','felix.jaeger@karlsruhe.example','felix.jaeger@karlsruhe.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.877Z','2026-11-26T01:55:04.877Z',1);
INSERT INTO people VALUES(68,'badbdcb3-f055-41ce-8028-4e3522e083fc','','Sandra','Möller','moller sandra','sandra.moeller@gladbeck.example','sandra.moeller@gladbeck.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:55:04.877Z','2026-11-26T01:55:04.877Z',1);
INSERT INTO people VALUES(69,'11752761-048c-4efa-944a-9f505b685145','','Henrik','Olsen','olsen henrik','henrik.olsen@goettingen.example','henrik.olsen@goettingen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.878Z','2026-11-26T01:55:04.878Z',1);
INSERT INTO people VALUES(70,'9a0ece5d-1a8c-46cd-86cb-e418a20837f3','','Petra','Hahn','hahn petra','petra.hahn@lpr-nds.example','petra.hahn@lpr-nds.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:55:04.878Z','2026-11-26T01:55:04.878Z',1);
CREATE TABLE affiliations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
            job_title TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_until TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from));
INSERT INTO affiliations VALUES(1,'587d1962-47a8-4418-8909-42d8773a083f',1,5,'Beigeordneter; DEFUS-Vorsitzender','2020-01-01',NULL,'2026-11-26T01:55:04.859Z','2026-11-26T01:55:04.859Z',1);
INSERT INTO affiliations VALUES(2,'4a10ad18-26c0-41bf-a2a7-2469197ed126',2,16,'Bürgermeister; stellv. DEFUS-Vorsitzender','2019-01-01',NULL,'2026-11-26T01:55:04.860Z','2026-11-26T01:55:04.860Z',1);
INSERT INTO affiliations VALUES(3,'4c132d17-ed29-4a5b-b5a1-69a57b2245d2',3,23,'Geschäftsführerin','2019-04-01',NULL,'2026-11-26T01:55:04.860Z','2026-11-26T01:55:04.860Z',1);
INSERT INTO affiliations VALUES(4,'bb489bed-d50f-4618-b8db-0596fb96559f',4,23,'wiss. Projektmitarbeiterin (PanReflex)','2022-02-01','2024-12-15','2026-11-26T01:55:04.861Z','2026-11-26T01:55:04.861Z',1);
INSERT INTO affiliations VALUES(5,'8e5bb30b-c052-47e3-8933-808e25050d11',5,23,'wiss. Projektmitarbeiterin','2021-09-01',NULL,'2026-11-26T01:55:04.861Z','2026-11-26T01:55:04.861Z',1);
INSERT INTO affiliations VALUES(6,'999eaa3c-0dc3-46d3-9e4a-de64857d6c26',6,23,'Buchhaltung','2018-01-01',NULL,'2026-11-26T01:55:04.861Z','2026-11-26T01:55:04.861Z',1);
INSERT INTO affiliations VALUES(7,'018577bf-b878-4d76-ac59-efe818b70009',7,23,'IT & Internetseite','2017-05-01',NULL,'2026-11-26T01:55:04.861Z','2026-11-26T01:55:04.861Z',1);
INSERT INTO affiliations VALUES(8,'f3c5a291-26be-43ae-b29b-e6c6104bc73d',8,23,'Wissenschaftliche Hilfskraft','2023-10-01',NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO affiliations VALUES(9,'b9debd74-09d0-43af-ba13-1be41285e45e',9,26,'Stiftungsprofessur Kriminalprävention und Risikomanagement',NULL,NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO affiliations VALUES(10,'04773523-2d7e-4c0b-9f2e-a52a3128d718',10,27,'Bürgerschaftliches Engagement und Sicherheit',NULL,NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO affiliations VALUES(11,'c8239edb-de5f-4cff-9e5e-edaf4df06df7',11,31,'Trainer',NULL,NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO affiliations VALUES(12,'303fbec1-55d4-4137-b8b2-49b1193deb88',12,31,'Trainerin',NULL,NULL,'2026-11-26T01:55:04.862Z','2026-11-26T01:55:04.862Z',1);
INSERT INTO affiliations VALUES(13,'9746dcbc-44cf-4a1d-913c-6dbed8be192f',13,31,'Trainer',NULL,NULL,'2026-11-26T01:55:04.863Z','2026-11-26T01:55:04.863Z',1);
INSERT INTO affiliations VALUES(14,'113eb625-d75e-413c-b770-c6e760c84e8d',14,29,'Sicherheitsberichte',NULL,NULL,'2026-11-26T01:55:04.863Z','2026-11-26T01:55:04.863Z',1);
INSERT INTO affiliations VALUES(15,'8af5e53e-4d6b-4353-ac68-5b64cfbc73f1',15,28,'Geschäftsbereichsleiterin Schutz und Prävention',NULL,NULL,'2026-11-26T01:55:04.863Z','2026-11-26T01:55:04.863Z',1);
INSERT INTO affiliations VALUES(16,'a097baa7-6cde-4b7b-85ba-5095c3a67d65',16,28,'Teamleiter Drogeninformationszentrum DIZ',NULL,NULL,'2026-11-26T01:55:04.864Z','2026-11-26T01:55:04.864Z',1);
INSERT INTO affiliations VALUES(17,'a84faf07-5c35-4bb8-9365-cc1437e8e438',17,28,'Fachstelle Gleichstellung',NULL,NULL,'2026-11-26T01:55:04.864Z','2026-11-26T01:55:04.864Z',1);
INSERT INTO affiliations VALUES(18,'98ee0127-22d3-44a5-94b3-6baed4e64f8d',18,30,'Wissenschaftlerin',NULL,NULL,'2026-11-26T01:55:04.864Z','2026-11-26T01:55:04.864Z',1);
INSERT INTO affiliations VALUES(19,'8dce9738-a89e-4d01-a72a-a648bd5bc73c',19,21,'Geschäftsführerin',NULL,NULL,'2026-11-26T01:55:04.865Z','2026-11-26T01:55:04.865Z',1);
INSERT INTO affiliations VALUES(20,'c274a64a-f10c-4a7b-a34f-f308de1d1ee7',20,21,'Wissenschaftliche Mitarbeiterin',NULL,NULL,'2026-11-26T01:55:04.865Z','2026-11-26T01:55:04.865Z',1);
INSERT INTO affiliations VALUES(21,'bc6c5e2f-874f-4734-9a4e-66d0b89f67f5',21,1,'Kommunale Kriminalprävention','2018-05-01',NULL,'2026-11-26T01:55:04.866Z','2026-11-26T01:55:04.866Z',1);
INSERT INTO affiliations VALUES(22,'bd97c2a2-ad20-4dc2-a48a-4679932d4a78',22,2,'Landeskommission Berlin gegen Gewalt','2016-01-01',NULL,'2026-11-26T01:55:04.866Z','2026-11-26T01:55:04.866Z',1);
INSERT INTO affiliations VALUES(23,'c45978bf-6210-4a07-9c01-eccf476579a1',23,3,'Sonderstab Ordnung und Stadtleben','2021-03-01',NULL,'2026-11-26T01:55:04.867Z','2026-11-26T01:55:04.867Z',1);
INSERT INTO affiliations VALUES(24,'54afc7af-b4fe-44e1-aa38-69b97c4ce33c',24,4,'Ordnungs- und Servicedienst','2014-01-01','2024-01-31','2026-11-26T01:55:04.867Z','2026-11-26T01:55:04.867Z',1);
INSERT INTO affiliations VALUES(25,'7a56ab86-c8a6-4abb-acb5-b2c5a5e758f8',25,4,'Kommunale Prävention','2024-02-01',NULL,'2026-11-26T01:55:04.867Z','2026-11-26T01:55:04.867Z',1);
INSERT INTO affiliations VALUES(26,'0b101786-e05c-4a5c-aac9-3234149dd8f6',26,5,'Ordnungsamt, Prävention','2015-01-01',NULL,'2026-11-26T01:55:04.868Z','2026-11-26T01:55:04.868Z',1);
INSERT INTO affiliations VALUES(27,'708fbf0e-340f-42e0-b658-3b1b193840be',27,6,'Präventionsrat','2019-01-01',NULL,'2026-11-26T01:55:04.868Z','2026-11-26T01:55:04.868Z',1);
INSERT INTO affiliations VALUES(28,'39e086db-fc21-446a-9080-fda020b571cc',28,7,'Amt für öffentliche Ordnung','2020-06-01',NULL,'2026-11-26T01:55:04.868Z','2026-11-26T01:55:04.868Z',1);
INSERT INTO affiliations VALUES(29,'72c05849-124e-4f64-ab7f-a2519d8aaef9',29,8,'Referat Öffentliche Sicherheit und Ordnung','2018-01-01',NULL,'2026-11-26T01:55:04.868Z','2026-11-26T01:55:04.868Z',1);
INSERT INTO affiliations VALUES(30,'0dfe2fef-ec8c-4f79-b9c5-c99afa85dcdb',30,9,'Ordnungsamt','2021-01-01',NULL,'2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO affiliations VALUES(31,'61d16cd6-8792-4992-b1f4-b14e5b5c5d14',31,10,'Präventionsrat','2020-01-01','2024-09-30','2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO affiliations VALUES(32,'99e5e328-47da-479d-ba00-31ba28a2a3ce',32,10,'Präventionsrat','2024-10-01',NULL,'2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO affiliations VALUES(33,'07defa2a-a0ab-4685-9c8c-9c46600d9646',33,11,'Fachbereich Öffentliche Ordnung','2017-01-01',NULL,'2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO affiliations VALUES(34,'e0c604cf-677d-4c21-82ed-3bbf8f16ddf7',34,12,'Bevölkerungsschutz','2021-01-01',NULL,'2026-11-26T01:55:04.869Z','2026-11-26T01:55:04.869Z',1);
INSERT INTO affiliations VALUES(35,'4226055b-29c3-4be6-a17a-d0c8a9de6770',35,13,'Ordnungs- und Bürgeramt','2017-01-01',NULL,'2026-11-26T01:55:04.870Z','2026-11-26T01:55:04.870Z',1);
INSERT INTO affiliations VALUES(36,'da299ec9-e6da-403d-b695-2b0a249165dd',36,14,'Amt für öffentliche Ordnung','2016-03-01',NULL,'2026-11-26T01:55:04.870Z','2026-11-26T01:55:04.870Z',1);
INSERT INTO affiliations VALUES(37,'d828299d-7715-46e8-b69e-c39306c576b4',37,15,'Ordnungsamt, Kommunale Kriminalprävention','2019-07-01',NULL,'2026-11-26T01:55:04.870Z','2026-11-26T01:55:04.870Z',1);
INSERT INTO affiliations VALUES(38,'088d7b5d-0556-41e8-a74a-a4397f89ce76',38,16,'Sicherheit und Ordnung','2015-01-01',NULL,'2026-11-26T01:55:04.870Z','2026-11-26T01:55:04.870Z',1);
INSERT INTO affiliations VALUES(39,'17e437a9-6347-4d20-9633-67e63555b574',39,17,'AK Sicherheit und Sauberkeit','2013-01-01',NULL,'2026-11-26T01:55:04.871Z','2026-11-26T01:55:04.871Z',1);
INSERT INTO affiliations VALUES(40,'582451a8-d5a3-4b96-b528-551a315a8d1a',40,18,'Kommunale Kriminalprävention','2012-01-01',NULL,'2026-11-26T01:55:04.871Z','2026-11-26T01:55:04.871Z',1);
INSERT INTO affiliations VALUES(41,'d1cebadd-9bcc-4216-a559-efc9969e1b5e',41,19,'Ausschuss Sicherheit und Ordnung','2024-01-15',NULL,'2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO affiliations VALUES(42,'f6c86e06-97b7-43ee-885e-acbd7b665c10',42,20,'Geschäftsstelle','2015-01-01',NULL,'2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO affiliations VALUES(43,'66fb3f8c-5d82-4298-acdb-a1749ad0969e',43,22,'Geschäftsführung','2024-08-01',NULL,'2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO affiliations VALUES(44,'e3e8d5ef-387d-48d2-b16f-d065e7250609',44,24,'Executive Director',NULL,NULL,'2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO affiliations VALUES(45,'c5376aca-8d93-43f1-8806-04c485a9dd31',45,5,'Ordnungsamt','2019-01-01',NULL,'2026-11-26T01:55:04.872Z','2026-11-26T01:55:04.872Z',1);
INSERT INTO affiliations VALUES(46,'1c45d773-ad8f-4a3c-862f-68958728de62',46,5,'Gleichstellungsstelle','2020-01-01',NULL,'2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO affiliations VALUES(47,'372c3925-a5b2-41f5-937b-5fbb1a4a06ed',47,16,'Fachbereich Sicherheit und Ordnung','2018-01-01',NULL,'2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO affiliations VALUES(48,'bad158cb-9cc1-463c-9e18-e68ac1612533',48,16,'Kommunaler Ordnungsdienst','2021-01-01',NULL,'2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO affiliations VALUES(49,'b53695d7-826b-43b5-bcb2-fc73693f97c5',49,14,'Stadtordnungsdienst','2019-01-01',NULL,'2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO affiliations VALUES(50,'3961904e-5914-4833-a927-431d75f3b74a',50,14,'Kriminalprävention','2022-03-01',NULL,'2026-11-26T01:55:04.873Z','2026-11-26T01:55:04.873Z',1);
INSERT INTO affiliations VALUES(51,'a8472d20-65d0-489a-a34b-ac2a82f88e02',51,4,'Ordnungs- und Servicedienst','2016-01-01',NULL,'2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO affiliations VALUES(52,'767a5ea5-4706-4c44-8170-b9da588bf3bf',52,18,'Sicherheitspartnerschaft','2020-01-01',NULL,'2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO affiliations VALUES(53,'467a8691-8416-43eb-a279-ebbd429060f1',53,18,'Amt für öffentliche Ordnung','2017-01-01',NULL,'2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO affiliations VALUES(54,'17b3daaf-eaed-4ba0-b491-066f057db8e1',54,2,'Landeskommission Berlin gegen Gewalt','2021-01-01',NULL,'2026-11-26T01:55:04.874Z','2026-11-26T01:55:04.874Z',1);
INSERT INTO affiliations VALUES(55,'30e1530c-e247-43f8-8cec-62c789669748',55,11,'Kommunaler Präventionsrat','2018-01-01',NULL,'2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO affiliations VALUES(56,'d669e661-871f-4994-b450-f9f4f18e6068',56,11,'Fachbereich Öffentliche Ordnung','2020-01-01',NULL,'2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO affiliations VALUES(57,'a340209d-84eb-4fda-a7b5-7558d481bae0',57,7,'Kommunale Kriminalprävention','2019-01-01',NULL,'2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO affiliations VALUES(58,'963f951b-eedb-43d1-95e6-fdfb408fdcfe',58,6,'Präventionsrat','2016-01-01',NULL,'2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO affiliations VALUES(59,'9d644076-4cf7-4ba9-9fbe-66faac77c9b8',59,6,'Ordnungsamt','2022-01-01',NULL,'2026-11-26T01:55:04.875Z','2026-11-26T01:55:04.875Z',1);
INSERT INTO affiliations VALUES(60,'c2364746-fdd3-4f8f-9c36-b4b7eb6bf455',60,3,'Sonderstab Ordnung und Stadtleben','2021-01-01',NULL,'2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO affiliations VALUES(61,'4763f4d5-215f-4c95-bc15-a0ee5508f507',61,8,'Kommunaler Ordnungsdienst','2019-01-01',NULL,'2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO affiliations VALUES(62,'95ae5c8c-a058-4541-b33f-fa153d6b0886',62,8,'Projekt Wahrung des sozialen Friedens','2022-01-01',NULL,'2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO affiliations VALUES(63,'d09a98b2-6044-4832-8d7a-9cab26a2f9b0',63,1,'Ordnungsdienst','2020-01-01',NULL,'2026-11-26T01:55:04.876Z','2026-11-26T01:55:04.876Z',1);
INSERT INTO affiliations VALUES(64,'d7ccef52-34ee-4579-a128-fc39fad4a0e6',64,17,'Sicherheit und Sauberkeit','2021-01-01',NULL,'2026-11-26T01:55:04.877Z','2026-11-26T01:55:04.877Z',1);
INSERT INTO affiliations VALUES(65,'ad0e7db9-921d-4a90-9f87-d4890406129c',65,12,'Amt für Ordnung','2019-01-01',NULL,'2026-11-26T01:55:04.877Z','2026-11-26T01:55:04.877Z',1);
INSERT INTO affiliations VALUES(66,'a53e6494-e9b7-4008-98fa-56823ae73c43',66,15,'Kommunale Kriminalprävention','2020-01-01',NULL,'2026-11-26T01:55:04.877Z','2026-11-26T01:55:04.877Z',1);
INSERT INTO affiliations VALUES(67,'c540ffd1-61c4-4555-b2e0-73fa2bd1f1a6',67,13,'Kommunaler Ordnungsdienst','2021-01-01',NULL,'2026-11-26T01:55:04.877Z','2026-11-26T01:55:04.877Z',1);
INSERT INTO affiliations VALUES(68,'a24e912d-03b3-4371-a3ff-65c2e1606be6',68,9,'Stadtordnung','2021-01-01',NULL,'2026-11-26T01:55:04.878Z','2026-11-26T01:55:04.878Z',1);
INSERT INTO affiliations VALUES(69,'1cfd8bbd-8b31-4379-8d16-921e526b8783',69,10,'Ordnungsamt','2019-01-01',NULL,'2026-11-26T01:55:04.878Z','2026-11-26T01:55:04.878Z',1);
INSERT INTO affiliations VALUES(70,'9408e40d-dc05-4dcc-a8cc-379f0e770314',70,20,'Referentin','2019-01-01',NULL,'2026-11-26T01:55:04.878Z','2026-11-26T01:55:04.878Z',1);
CREATE TABLE consent_log (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            topic TEXT NOT NULL CHECK (topic IN ('newsletter', 'photos', 'sharing')),
            granted INTEGER NOT NULL,
            effective_on TEXT,
            recorded_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '');
INSERT INTO consent_log VALUES(1,'9cc9a47a-d13a-44fd-b475-7e4e7db7f1d9',1,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.859Z','');
INSERT INTO consent_log VALUES(2,'2ce64d0c-8188-4cd3-be47-c0de730952b7',1,'photos',1,'2024-01-15','2026-11-26T01:55:04.859Z','');
INSERT INTO consent_log VALUES(3,'5bf0ed03-0306-4b00-aff5-c643e2367467',1,'sharing',1,'2024-01-15','2026-11-26T01:55:04.859Z','');
INSERT INTO consent_log VALUES(4,'2981c571-ffb0-4f26-b52c-2648912c1516',2,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(5,'31e98c6f-5d2c-4e81-b864-ce6f78622ea8',2,'photos',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(6,'5fc6e617-e02e-4176-8d3f-e8486e562adf',2,'sharing',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(7,'ce0d170b-7486-4502-a737-8b87abd5e70c',3,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(8,'197b5f80-eb76-4536-a235-77eab5980519',3,'photos',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(9,'3ef80aac-86fe-43b7-a704-09b85d9c3fa7',3,'sharing',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(10,'2b972353-adb6-4437-acf0-0cb7bd1d98e1',4,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(11,'372a0c78-ba66-42bc-a47c-51db4cf19113',4,'photos',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(12,'cf4206ad-ec50-482a-8ab0-fb0312c5cf3a',4,'sharing',1,'2024-01-15','2026-11-26T01:55:04.860Z','');
INSERT INTO consent_log VALUES(13,'db0ca12a-f17e-4509-88f6-44a91f8ccd52',5,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.861Z','');
INSERT INTO consent_log VALUES(14,'9bf14529-733c-4962-8377-6b61906e5a03',5,'photos',1,'2024-01-15','2026-11-26T01:55:04.861Z','');
INSERT INTO consent_log VALUES(15,'516876d9-f0e0-4622-ab7d-8e48538893f1',5,'sharing',1,'2024-01-15','2026-11-26T01:55:04.861Z','');
INSERT INTO consent_log VALUES(16,'9d91753c-dc69-4113-a478-7293f3c174ee',6,'photos',1,'2024-01-15','2026-11-26T01:55:04.861Z','');
INSERT INTO consent_log VALUES(17,'706017bc-3a0f-4d27-bc20-a1a17a4d9ed8',6,'sharing',1,'2024-01-15','2026-11-26T01:55:04.861Z','');
INSERT INTO consent_log VALUES(18,'622adde4-078b-45a0-bd79-fae380ad6ad1',7,'sharing',1,'2024-01-15','2026-11-26T01:55:04.861Z','');
INSERT INTO consent_log VALUES(19,'d632d02e-b225-4639-b9f9-5a62e0c02e36',8,'photos',1,'2024-01-15','2026-11-26T01:55:04.862Z','');
INSERT INTO consent_log VALUES(20,'f81bc7b7-b8a4-407c-87a3-93b3cdf86ef1',8,'sharing',1,'2024-01-15','2026-11-26T01:55:04.862Z','');
INSERT INTO consent_log VALUES(21,'0de8980b-8d19-4ad9-b1c3-49535ae1dd64',19,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.864Z','');
INSERT INTO consent_log VALUES(22,'230cc0fb-9458-45d1-bb9b-efa450f31bdc',19,'sharing',1,'2024-01-15','2026-11-26T01:55:04.865Z','');
INSERT INTO consent_log VALUES(23,'b725148e-b5e8-4e4e-8cb8-5c5e5da8acaa',20,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.865Z','');
INSERT INTO consent_log VALUES(24,'06b09653-5f04-43c9-9ae3-4bcf89b9adfd',20,'sharing',1,'2024-01-15','2026-11-26T01:55:04.865Z','');
INSERT INTO consent_log VALUES(25,'d3965ddd-16c8-4f1e-a77f-0225db0a223e',21,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.865Z','');
INSERT INTO consent_log VALUES(26,'b8f04917-b4fa-49cc-ac9f-8e7161c18969',21,'photos',1,'2024-01-15','2026-11-26T01:55:04.866Z','');
INSERT INTO consent_log VALUES(27,'92b88cd0-216b-464a-bd2e-8f00da376e12',21,'sharing',1,'2024-01-15','2026-11-26T01:55:04.866Z','');
INSERT INTO consent_log VALUES(28,'b5af4918-8e18-4dfd-8e56-e152ecf49ab5',22,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.866Z','');
INSERT INTO consent_log VALUES(29,'ddc3bf11-b7bc-4731-b13e-6e630dcc119b',22,'sharing',1,'2024-01-15','2026-11-26T01:55:04.866Z','');
INSERT INTO consent_log VALUES(30,'5009ee2a-46d7-4e82-96cb-ada9a63732b8',23,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.867Z','');
INSERT INTO consent_log VALUES(31,'c347204b-7a7b-4522-a873-0e4c7572ac59',23,'photos',1,'2024-01-15','2026-11-26T01:55:04.867Z','');
INSERT INTO consent_log VALUES(32,'77d0d88a-c2c1-466f-a11e-16c96aa6e3a2',23,'sharing',1,'2024-01-15','2026-11-26T01:55:04.867Z','');
INSERT INTO consent_log VALUES(33,'a4f8a333-75f4-420d-9e96-995d318433e1',24,'sharing',1,'2024-01-15','2026-11-26T01:55:04.867Z','');
INSERT INTO consent_log VALUES(34,'5dbbd8cc-53ca-4801-9526-bcf2678f656f',25,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.867Z','');
INSERT INTO consent_log VALUES(35,'a3f70b09-1410-4a49-8dfe-5376734926e0',25,'photos',1,'2024-01-15','2026-11-26T01:55:04.867Z','');
INSERT INTO consent_log VALUES(36,'f8ce463e-624e-4354-9ed8-ce95f6cec912',25,'sharing',1,'2024-01-15','2026-11-26T01:55:04.867Z','');
INSERT INTO consent_log VALUES(37,'49af42cd-b482-49a2-a786-dcf4cf71b6d9',26,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.867Z','');
INSERT INTO consent_log VALUES(38,'52306f34-87b5-4a7c-8425-3206a2df29a0',26,'photos',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(39,'8e0b9908-74b3-4378-bf1c-acb6c904f797',26,'sharing',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(40,'62f07c5a-f4fa-43db-8365-a58f551f3cfb',27,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(41,'9855c7d3-9d1f-49cc-a1bc-e6fddd296b49',27,'sharing',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(42,'6bfd9a66-1db9-4ec4-b59d-588d3c52c737',28,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(43,'510a2fbd-cbb0-4de4-9ad8-b0aa70421616',28,'photos',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(44,'3a582e5f-b98e-4124-a3f9-f8988f6791b9',28,'sharing',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(45,'6f1bdea1-9dc0-40f9-aa24-53be02e7d4c1',29,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(46,'696d8807-8988-4daa-a72e-739c436a1eef',29,'photos',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(47,'753f6462-9bb0-4305-8aa1-4dec14af066e',29,'sharing',1,'2024-01-15','2026-11-26T01:55:04.868Z','');
INSERT INTO consent_log VALUES(48,'7907a581-30d8-42c2-9787-617449e943f8',30,'sharing',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(49,'bba6a138-e2f9-4cf1-a294-94845a372bc3',31,'sharing',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(50,'c9bc597c-cbaf-4309-b9a6-7ff7e2699820',32,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(51,'d3ad3e25-ae07-4a17-bf11-08707f791cfd',32,'sharing',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(52,'74843f8a-1674-4e6a-8b8b-f8c6b39e12e0',33,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(53,'dd24321e-9e87-4dac-b157-01d7b2578141',33,'photos',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(54,'38366760-59c6-4a79-a328-6d244f1fc9b5',33,'sharing',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(55,'34e042ff-0119-41c6-a034-3c2ef6aa45a3',34,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(56,'91639dac-645d-4aad-9541-1fc88acfc8be',34,'sharing',1,'2024-01-15','2026-11-26T01:55:04.869Z','');
INSERT INTO consent_log VALUES(57,'b8817fb0-54ce-4d9e-807f-a9d35d0f4c53',35,'sharing',1,'2024-01-15','2026-11-26T01:55:04.870Z','');
INSERT INTO consent_log VALUES(58,'487d483e-9a09-479f-94d6-c0d975fb225d',36,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.870Z','');
INSERT INTO consent_log VALUES(59,'b0c140c6-5959-4cf8-a7aa-63d2fe304801',36,'photos',1,'2024-01-15','2026-11-26T01:55:04.870Z','');
INSERT INTO consent_log VALUES(60,'2810b961-25f7-491c-a742-1b92274a09bc',36,'sharing',1,'2024-01-15','2026-11-26T01:55:04.870Z','');
INSERT INTO consent_log VALUES(61,'ee5b3f4f-027f-4952-b638-62a4c47ad488',37,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.870Z','');
INSERT INTO consent_log VALUES(62,'813cf8c9-9b7d-4dc5-8799-8cbf7c5eb6ec',38,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.870Z','');
INSERT INTO consent_log VALUES(63,'489fa55b-6d38-4da4-a926-750878d9eed3',38,'photos',1,'2024-01-15','2026-11-26T01:55:04.870Z','');
INSERT INTO consent_log VALUES(64,'17b206b1-1fa6-4384-b01c-b9b55d01465d',38,'sharing',1,'2024-01-15','2026-11-26T01:55:04.870Z','');
INSERT INTO consent_log VALUES(65,'2062a4eb-5c4b-4152-877d-956ab40864f1',39,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.871Z','');
INSERT INTO consent_log VALUES(66,'2dbdba56-b8c5-40f0-83f9-e33cddfcb818',39,'sharing',1,'2024-01-15','2026-11-26T01:55:04.871Z','');
INSERT INTO consent_log VALUES(67,'72f3f62e-6a0d-4e71-a3a3-beedf0867e9c',40,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.871Z','');
INSERT INTO consent_log VALUES(68,'16719dd9-ae70-4b20-b85e-c911caf9ccb2',40,'photos',1,'2024-01-15','2026-11-26T01:55:04.871Z','');
INSERT INTO consent_log VALUES(69,'e30c2970-a621-4d45-925d-5ed87871ebce',40,'sharing',1,'2024-01-15','2026-11-26T01:55:04.871Z','');
INSERT INTO consent_log VALUES(70,'8082ec7b-6305-4dd0-8280-815aeb3650e6',41,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.871Z','');
INSERT INTO consent_log VALUES(71,'34d56e8a-30c9-4a2a-8928-9d9e69accdf5',41,'sharing',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(72,'9df716a3-105c-4aeb-af8f-dc8b922e0689',42,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(73,'77922c4b-6504-4033-baf4-43b140ebc915',42,'photos',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(74,'76a9cf4c-7cdd-4cfe-b09b-77b2ddd7cc13',42,'sharing',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(75,'100f24ce-9962-42da-8cf0-358a42e0bb83',43,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(76,'1ee6576d-a43e-4649-8d43-c4f23f233612',43,'sharing',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(77,'2264a4ce-50bb-41a2-96ed-516fe8878437',45,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(78,'90d21802-af7c-4870-b911-bf508b49bf43',45,'photos',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(79,'3e30dba5-5677-4894-b7c9-9788f3f662ac',45,'sharing',1,'2024-01-15','2026-11-26T01:55:04.872Z','');
INSERT INTO consent_log VALUES(80,'1323db40-26fe-41fb-a507-1031a5aefe5d',46,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(81,'4e6bf27e-f0f7-411f-b713-5bb7104728a5',46,'sharing',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(82,'aed22874-58b6-4e20-8a83-3a877616d3e5',47,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(83,'751d59c8-437e-4a86-85c3-291bfdc9aead',47,'photos',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(84,'438fa868-fed0-4ba7-a689-dfb6e2ec269d',47,'sharing',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(85,'42eea87d-3966-42a1-9ba8-bd52b5aadd87',48,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(86,'edb9faf4-1d7f-41db-845d-39d16edaf798',48,'photos',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(87,'21e53f5c-0b14-4546-b5cd-5ecb539df2a3',48,'sharing',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(88,'9f5cf112-70a4-45f8-b7b9-aa54f18d81ad',49,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(89,'f7bf583e-8772-4b02-b50e-99cd78091c83',49,'photos',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(90,'d58fe0a0-9167-4981-8dde-b0ddbeb77037',49,'sharing',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(91,'b31f1141-4dfb-44a6-8706-6b845b811a48',50,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(92,'31892219-e94f-4648-9519-0cf71d47148b',50,'sharing',1,'2024-01-15','2026-11-26T01:55:04.873Z','');
INSERT INTO consent_log VALUES(93,'46358a23-c656-4651-95db-3f526c896d9e',51,'sharing',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(94,'667f414b-2ddb-4acc-b3c7-73a860d6359b',52,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(95,'aced0819-61d3-4c8e-bef3-bef0a2de1e5d',52,'photos',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(96,'eca67325-c74f-400b-bfdc-739ffe88b875',52,'sharing',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(97,'60fe56a6-bfed-4099-8ba2-6ed9aca82572',53,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(98,'2f7b0c3c-8134-4e35-8e5f-ee32c7d22047',53,'sharing',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(99,'5e73d204-35e3-4cc2-bf99-c0fe4eb18683',54,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(100,'7eec25c7-23fb-42cd-9ac6-ed3caeb8735d',54,'photos',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(101,'a61fe786-2337-43c6-b555-e5116ec6b5bb',54,'sharing',1,'2024-01-15','2026-11-26T01:55:04.874Z','');
INSERT INTO consent_log VALUES(102,'9fae0bc0-f295-42e1-b35e-d978cd12b2af',55,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(103,'de90df4b-c0d2-47f2-987e-aaef3092a639',55,'photos',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(104,'c50d0cab-235a-4f98-b3c7-1ca5bf1a5513',55,'sharing',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(105,'b7e2e802-0434-4177-82b1-3d5111f3a47e',56,'sharing',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(106,'2b9a2850-4cff-4b09-89cc-c73495e8c080',57,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(107,'2fd307bf-5cb3-46a2-98ac-90120e70a4dc',57,'photos',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(108,'d6fafa71-adbc-45bf-a8aa-46e8b13741e8',57,'sharing',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(109,'bc7382d7-4db9-492f-a38a-ca91ba978046',58,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(110,'dc4f2059-9a6d-4d1f-88c9-d28865d574cb',58,'sharing',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(111,'a73f7514-1d6d-4d32-9548-b3f7f0752219',59,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(112,'d29f98ce-6a28-4e9a-9a35-b04c97f75893',59,'photos',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(113,'c87a1eb2-0273-49f2-9bf4-2a6093944015',59,'sharing',1,'2024-01-15','2026-11-26T01:55:04.875Z','');
INSERT INTO consent_log VALUES(114,'7648fda0-185e-4a95-9b14-a2bf0c129957',60,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(115,'2cdf5242-70bd-4110-9c61-bc136b190c92',60,'photos',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(116,'1266e7f3-d6fd-4674-ac3f-7479ab81e0b9',60,'sharing',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(117,'b48f634e-5240-4d0d-9bf6-7afabade370c',61,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(118,'ea804612-dcfe-4c10-accb-88d91bacbaab',61,'photos',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(119,'27ce5087-cac4-44a4-b6e3-e5350d3cca60',61,'sharing',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(120,'c392be93-c08a-46c5-adb5-f696cdb72735',62,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(121,'e28cc27a-ef16-4edc-819b-c1e05317fb20',62,'photos',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(122,'99b043c7-972e-4e2f-9543-5238229b9f47',62,'sharing',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(123,'62ea32d7-545e-413e-82fd-6bef813e10de',63,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(124,'346b62a8-4746-4272-8b0f-3dd23638f002',63,'sharing',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(125,'aa3245a7-db71-427e-8ffc-63f2c97dc2ad',64,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.876Z','');
INSERT INTO consent_log VALUES(126,'f0749551-5575-4e99-b8be-87af636af267',64,'photos',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(127,'6a383247-2bd0-4452-a12d-d85844847a80',64,'sharing',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(128,'3f223abe-ccb6-47b9-a034-dee4cb0b7387',65,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(129,'3688e33d-92ce-407a-9ac7-c29cef27cfd1',65,'sharing',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(130,'6e4adf88-255e-42bc-9f17-d4dbf5993740',66,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(131,'fc3707dc-1df8-49bc-9d82-bc7654f63a52',66,'photos',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(132,'a9b49e7c-1df2-49fd-8f98-34cb925ed9f6',66,'sharing',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(133,'49a4d8f2-094b-43ea-bfbd-748b8cce07ba',67,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(134,'6d806405-13fa-4c96-92cc-1b4cb025e3e6',67,'photos',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(135,'45a62830-c76a-427d-811d-093964214c28',67,'sharing',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(136,'4cd0f7b0-a147-4dbc-9c47-28d0b53da323',68,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(137,'89d78bdd-3366-497a-b8e8-d0132dca5c2e',68,'sharing',1,'2024-01-15','2026-11-26T01:55:04.877Z','');
INSERT INTO consent_log VALUES(138,'4b35d032-3642-4da8-a35a-79f0a8f6df8e',69,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.878Z','');
INSERT INTO consent_log VALUES(139,'7830aeb4-86a6-48c5-86df-766036568af3',69,'photos',1,'2024-01-15','2026-11-26T01:55:04.878Z','');
INSERT INTO consent_log VALUES(140,'748b5b19-e25c-4f54-b145-9db941649fa9',69,'sharing',1,'2024-01-15','2026-11-26T01:55:04.878Z','');
INSERT INTO consent_log VALUES(141,'e9ed552d-c645-4aef-90f5-dbdce6d5307f',70,'newsletter',1,'2024-01-15','2026-11-26T01:55:04.878Z','');
INSERT INTO consent_log VALUES(142,'a03f7d7a-dd2a-4518-a17a-1787f03bd949',70,'photos',1,'2024-01-15','2026-11-26T01:55:04.878Z','');
INSERT INTO consent_log VALUES(143,'3578ecec-76d3-44b4-8cda-62db3f51d7b0',70,'sharing',1,'2024-01-15','2026-11-26T01:55:04.878Z','');
CREATE TABLE event_kinds (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL UNIQUE,
            name_de TEXT NOT NULL CHECK (name_de <> ''),
            name_en TEXT NOT NULL CHECK (name_en <> ''),
            sort_order INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1);
INSERT INTO event_kinds VALUES(1,'7eea5649-b104-4bf0-8155-40dc9275d51e','general_assembly','Mitgliederversammlung','General assembly',10,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(2,'17da580c-f8a2-4f00-80c9-3eb862b405e6','workshop','Workshop','Workshop',20,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(3,'a5fe08cf-cef1-4543-a8d0-a882c6e690a1','webinar','Webinar','Webinar',30,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(4,'a92aff97-0d01-4eee-aab7-0b013f4c3ad3','conference','Fachtagung','Conference',40,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(5,'1e09b66d-7103-4966-acae-15649a54e21e','congress','Konferenz','Congress',50,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(6,'8b0693ef-e6ea-41ba-8c8d-2d431d7f505b','seminar','Seminar','Seminar',60,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(7,'eab5469e-7b7e-41ba-8964-6429a888c32b','study_trip','Studienreise','Study trip',70,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(8,'7f0003e3-8bb6-45b3-957f-615dbe31ef43','exchange','Austausch','Exchange',80,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(9,'5bd843e1-8355-45b9-80a3-51a9823eef6b','project_meeting','Projekttreffen','Project meeting',90,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(10,'e4e4c87b-4459-4f64-9138-e6d3f76fadc2','training','Training','Training',100,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(11,'d939ce79-0726-494e-a8d9-22f5c83683d3','board_meeting','Sitzung','Board meeting',110,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
INSERT INTO event_kinds VALUES(12,'78290e64-75c9-4272-90ec-d1e0ff8a3095','other','Sonstiges','Other',120,'2026-11-26T01:55:04.850Z','2026-11-26T01:55:04.850Z',1);
CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (title <> ''),
            title_key TEXT NOT NULL,
            kind_id INTEGER NOT NULL REFERENCES event_kinds (id) ON DELETE RESTRICT,
            assembly_number INTEGER CHECK (assembly_number IS NULL OR assembly_number > 0),
            start_date TEXT NOT NULL,
            start_time TEXT,
            end_date TEXT,
            end_time TEXT,
            format TEXT NOT NULL DEFAULT 'on_site' CHECK (format IN ('online', 'on_site', 'hybrid')),
            city TEXT NOT NULL DEFAULT '',
            venue TEXT NOT NULL DEFAULT '',
            audience TEXT NOT NULL DEFAULT 'members' CHECK (audience IN ('members', 'public')),
            role TEXT NOT NULL DEFAULT 'organiser' CHECK (role IN ('organiser', 'co_organiser', 'attendee', 'speaker')),
            partners TEXT NOT NULL DEFAULT '',
            funder_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
            project_name TEXT NOT NULL DEFAULT '',
            capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
            registration_open INTEGER NOT NULL DEFAULT 1,
            reported_participants INTEGER CHECK (reported_participants IS NULL OR reported_participants >= 0),
            documentation_url TEXT NOT NULL DEFAULT '',
            documentation_members_only INTEGER NOT NULL DEFAULT 1,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            CHECK (end_date IS NULL OR end_date >= start_date));
INSERT INTO events VALUES(1,'e57ba489-86d8-40f0-9934-9b4d9c2eb846','DEFUS-Austausch: Umsetzung der Istanbul-Konvention','defus-austausch: umsetzung der istanbul-konvention',8,NULL,'2024-02-08','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.878Z','2026-11-26T01:55:04.878Z',1);
INSERT INTO events VALUES(2,'7af90b27-5061-4411-9f46-dd43d29e8524','SiBa-Webinar: Sichere Bahnhöfe für Alle','siba-webinar: sichere bahnhofe fur alle',3,NULL,'2024-02-13','14:00',NULL,'15:30','online','','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',NULL,0,54,'',1,'','2026-11-26T01:55:04.879Z','2026-11-26T01:55:04.879Z',1);
INSERT INTO events VALUES(3,'ee3cf39f-a227-4c26-92a0-924e3d914961','DEFUS-Workshop: Strategische Weiterentwicklung der kommunalen Prävention','defus-workshop: strategische weiterentwicklung der kommunalen pravention',2,NULL,'2024-02-15','10:00',NULL,'16:00','on_site','Mannheim','','members','organiser','',NULL,'',25,0,NULL,'',1,'','2026-11-26T01:55:04.879Z','2026-11-26T01:55:04.879Z',1);
INSERT INTO events VALUES(4,'ba72f982-06cc-4b7d-a891-49357f69c30d','PanReflex Projekttreffen','panreflex projekttreffen',9,NULL,'2024-02-27',NULL,NULL,NULL,'on_site','Hannover','','members','organiser','Difu',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.880Z','2026-11-26T01:55:04.880Z',1);
INSERT INTO events VALUES(5,'da6a6320-8af8-4578-b186-64c893bea36a','LegiNot Projekttreffen','leginot projekttreffen',9,NULL,'2024-03-12',NULL,NULL,NULL,'online','','','members','attendee','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.880Z','2026-11-26T01:55:04.880Z',1);
INSERT INTO events VALUES(6,'703199a5-369e-433b-8fc3-2c399417bdd4','Efus-Konferenz: Security, Democracy and Cities','efus-konferenz: security, democracy and cities',5,NULL,'2024-03-20',NULL,'2024-03-22',NULL,'on_site','Brüssel','','public','attendee','',NULL,'',NULL,0,700,'',1,'','2026-11-26T01:55:04.880Z','2026-11-26T01:55:04.880Z',1);
INSERT INTO events VALUES(7,'2f9ebd13-0db3-4869-a23d-60f1302dea65','SiBa-Workshop: Toleranz und Sicherheit','siba-workshop: toleranz und sicherheit',2,NULL,'2024-04-18','10:00',NULL,'17:00','on_site','Bremen','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',30,0,30,'',1,'','2026-11-26T01:55:04.881Z','2026-11-26T01:55:04.881Z',1);
INSERT INTO events VALUES(8,'7369d97f-fa55-4a1c-8e2c-cf9cc2fd5ec6','PanReflex Innovationsworkshop','panreflex innovationsworkshop',2,NULL,'2024-04-23',NULL,NULL,NULL,'on_site','Arnshausen','','members','organiser','',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.881Z','2026-11-26T01:55:04.881Z',1);
INSERT INTO events VALUES(9,'8bf4710a-76c5-405b-b5c3-6295d8f8c9bc','AK Öffentliche Sicherheit','ak offentliche sicherheit',12,NULL,'2024-04-25',NULL,NULL,NULL,'on_site','Hannover','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.882Z','2026-11-26T01:55:04.882Z',1);
INSERT INTO events VALUES(10,'74d44c31-b6e8-4730-a71d-ffe4405d98a9','26. Mitgliederversammlung','26. mitgliederversammlung',1,26,'2024-05-16','10:00',NULL,'13:00','online','','','members','organiser','',NULL,'',NULL,0,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-26T01:55:04.882Z','2026-11-26T01:55:04.882Z',1);
INSERT INTO events VALUES(11,'3cfb858d-e596-40eb-a927-d2209e92aac8','Deutscher Präventionstag','deutscher praventionstag',5,NULL,'2024-06-10',NULL,'2024-06-11',NULL,'on_site','Cottbus','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.883Z','2026-11-26T01:55:04.883Z',1);
INSERT INTO events VALUES(12,'22c00c86-c3e5-4c30-a47e-d52ec84905a3','Workshop Weiterentwicklung der Kommunalen Prävention auf dem DPT','workshop weiterentwicklung der kommunalen pravention auf dem dpt',2,NULL,'2024-06-11','14:00',NULL,'15:30','on_site','Cottbus','','public','co_organiser','Stadt Augsburg',NULL,'',NULL,0,25,'',1,'','2026-11-26T01:55:04.883Z','2026-11-26T01:55:04.883Z',1);
INSERT INTO events VALUES(13,'46ab0210-475d-4eeb-85d4-afebe780d411','DEFUS-Austausch: Mit Trick 17 gegen Polarisierung und Extremismus','defus-austausch: mit trick 17 gegen polarisierung und extremismus',8,NULL,'2024-06-18','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.883Z','2026-11-26T01:55:04.883Z',1);
INSERT INTO events VALUES(14,'c3c86e43-93d4-4d98-9535-2b5404f7b86c','DEFUS-Austausch: Hass und Hetze gegen Amtsträger*innen','defus-austausch: hass und hetze gegen amtstrager*innen',8,NULL,'2024-06-27','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.884Z','2026-11-26T01:55:04.884Z',1);
INSERT INTO events VALUES(15,'2db4ee15-0db2-49a6-bdd4-d3d78d3d50a9','PanReflex-Webinar: Soziale Kohäsion und Resilienz','panreflex-webinar: soziale kohasion und resilienz',3,NULL,'2024-06-20','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,35,'',1,'','2026-11-26T01:55:04.884Z','2026-11-26T01:55:04.884Z',1);
INSERT INTO events VALUES(16,'477df80c-0dce-4de0-9912-16e51ec59e20','CO-SECUR Projekttreffen','co-secur projekttreffen',9,NULL,'2024-06-04',NULL,'2024-06-05',NULL,'on_site','Helsinki','','members','attendee','',NULL,'CO-SECUR',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.885Z','2026-11-26T01:55:04.885Z',1);
INSERT INTO events VALUES(17,'a10d722c-c878-49be-b973-ed334f44e2ba','Efus-Generalversammlung','efus-generalversammlung',1,NULL,'2024-06-25',NULL,NULL,NULL,'on_site','Liège','','members','attendee','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.885Z','2026-11-26T01:55:04.885Z',1);
INSERT INTO events VALUES(18,'df31f6a6-1794-4fc4-bd51-517d686991c0','DEFUS-Studienreise nach Zürich','defus-studienreise nach zurich',7,NULL,'2024-07-04',NULL,'2024-07-05',NULL,'on_site','Zürich','','members','organiser','Stadt Zürich',NULL,'',24,0,22,'',1,'','2026-11-26T01:55:04.885Z','2026-11-26T01:55:04.885Z',1);
INSERT INTO events VALUES(19,'94d0cbbf-3327-4cab-81c1-2c0fcb42b0d9','PanReflex Projekttreffen','panreflex projekttreffen',9,NULL,'2024-08-21',NULL,NULL,NULL,'on_site','Köln','','members','organiser','',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.886Z','2026-11-26T01:55:04.886Z',1);
INSERT INTO events VALUES(20,'5ea90ea4-407e-4fd4-91bc-00ab5203cb9e','Fachtagung Digitalisierung der Sexarbeit','fachtagung digitalisierung der sexarbeit',4,NULL,'2024-09-12','10:00',NULL,'16:30','on_site','Essen','','public','organiser','',5,'',80,0,80,'',1,'','2026-11-26T01:55:04.886Z','2026-11-26T01:55:04.886Z',1);
INSERT INTO events VALUES(21,'ac90656c-dcea-435a-bb3f-8fc420c2e59c','Innenstadtforum sichere Innenstädte','innenstadtforum sichere innenstadte',12,NULL,'2024-09-17',NULL,NULL,NULL,'on_site','Köln','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.887Z','2026-11-26T01:55:04.887Z',1);
INSERT INTO events VALUES(22,'18101296-baac-4777-9d5e-18b2b5d142bc','27. Mitgliederversammlung','27. mitgliederversammlung',1,27,'2024-09-19','13:00','2024-09-20','13:00','on_site','Gelsenkirchen','','members','organiser','',NULL,'',45,0,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-26T01:55:04.887Z','2026-11-26T01:55:04.887Z',1);
INSERT INTO events VALUES(23,'bb8ae6ef-4574-4f42-9dee-0e7fe6fcb214','DEFUS-Difu-Seminar: Verwaltung kann Krise','defus-difu-seminar: verwaltung kann krise',6,NULL,'2024-09-24',NULL,'2024-09-25',NULL,'on_site','Berlin','','public','co_organiser','Deutsches Institut für Urbanistik',NULL,'PanReflex',20,0,20,'',1,'','2026-11-26T01:55:04.887Z','2026-11-26T01:55:04.887Z',1);
INSERT INTO events VALUES(24,'bdae735c-3de2-4cd4-826d-1cb256e96c98','PanReflex-Webinar: Lernen aus der Pandemie – After Action Review und Pandemieplanung','panreflex-webinar: lernen aus der pandemie – after action review und pandemieplanung',3,NULL,'2024-10-10','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,72,'',1,'','2026-11-26T01:55:04.888Z','2026-11-26T01:55:04.888Z',1);
INSERT INTO events VALUES(25,'d49b9709-7063-4061-9a3d-25a4c0eddedd','CO-SECUR Projekttreffen','co-secur projekttreffen',9,NULL,'2024-10-15',NULL,'2024-10-16',NULL,'on_site','Porto','','members','attendee','',NULL,'CO-SECUR',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.888Z','2026-11-26T01:55:04.888Z',1);
INSERT INTO events VALUES(26,'d4364cf8-455f-41f1-838b-7c63660778bc','LegiNot Projekttreffen','leginot projekttreffen',9,NULL,'2024-10-22',NULL,NULL,NULL,'on_site','Freiburg','','members','attendee','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.888Z','2026-11-26T01:55:04.888Z',1);
INSERT INTO events VALUES(27,'e77b4a92-447d-4218-b50c-bfba4530b2e1','KOMPASS Tagung Hessen','kompass tagung hessen',4,NULL,'2024-11-06',NULL,NULL,NULL,'on_site','Wiesbaden','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.889Z','2026-11-26T01:55:04.889Z',1);
INSERT INTO events VALUES(28,'0a446c47-944a-4b7a-b2ec-bb5635f5b8a4','LegiNot-Webinar: Kommunen in der Polykrise','leginot-webinar: kommunen in der polykrise',3,NULL,'2024-11-14','14:00',NULL,'15:30','online','','','public','speaker','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-26T01:55:04.889Z','2026-11-26T01:55:04.889Z',1);
INSERT INTO events VALUES(29,'10cad884-549b-4006-a998-9c0cb8446620','SiBa-Webinar: Dortmunder Sonderstab Ordnung und Stadtleben','siba-webinar: dortmunder sonderstab ordnung und stadtleben',3,NULL,'2024-11-19','14:00',NULL,'15:30','online','','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',NULL,0,52,'',1,'','2026-11-26T01:55:04.889Z','2026-11-26T01:55:04.889Z',1);
INSERT INTO events VALUES(30,'aa9b8f8d-c415-430c-8900-b99313f25504','Fachtagung Doing Crisis: Politik, Praxis und Wissenschaft im Dialog','fachtagung doing crisis: politik, praxis und wissenschaft im dialog',4,NULL,'2024-11-21','10:00',NULL,'17:00','on_site','Hannover','','public','organiser','',NULL,'LegiNot',70,0,65,'',1,'','2026-11-26T01:55:04.890Z','2026-11-26T01:55:04.890Z',1);
INSERT INTO events VALUES(31,'fb7384a1-2b00-435d-bc17-00db1e9df03d','Efus-Exekutivkomitee','efus-exekutivkomitee',11,NULL,'2024-12-05',NULL,NULL,NULL,'on_site','Köln','','members','attendee','',NULL,'',NULL,0,40,'',1,'','2026-11-26T01:55:04.890Z','2026-11-26T01:55:04.890Z',1);
INSERT INTO events VALUES(32,'9647036d-acd1-4911-9eec-b30c905375c0','PanReflex-Webinar: Inklusiver Katastrophenschutz','panreflex-webinar: inklusiver katastrophenschutz',3,NULL,'2024-12-05','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,57,'',1,'','2026-11-26T01:55:04.890Z','2026-11-26T01:55:04.890Z',1);
INSERT INTO events VALUES(33,'4776a108-a02a-4d28-890e-965f650c1945','PanReflex-Webinar: Psychosoziales Lagebild','panreflex-webinar: psychosoziales lagebild',3,NULL,'2025-01-22','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-26T01:55:04.891Z','2026-11-26T01:55:04.891Z',1);
INSERT INTO events VALUES(34,'4765db0f-99e9-486e-9e36-6a7745fb616b','DEFUS-Webaustausch: Vorstellung EQAL-Projekt','defus-webaustausch: vorstellung eqal-projekt',8,NULL,'2025-02-12','14:00',NULL,'15:00','online','','','members','organiser','',NULL,'',NULL,1,NULL,'',1,'','2026-11-26T01:55:04.891Z','2026-11-26T01:55:04.891Z',1);
INSERT INTO events VALUES(35,'4c80f747-75c0-4c35-a38c-6db50a900427','PanReflex-Webinar: Konzepte des flexiblen Personaleinsatzes','panreflex-webinar: konzepte des flexiblen personaleinsatzes',3,NULL,'2025-03-06','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-26T01:55:04.892Z','2026-11-26T01:55:04.892Z',1);
INSERT INTO events VALUES(36,'26e90a2c-0a4e-4474-9b09-5ff11442fc90','SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel','siba-workshop 2025: das frankfurter bahnhofsviertel',2,NULL,'2025-03-13',NULL,'2025-03-14',NULL,'on_site','Frankfurt am Main','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',20,0,NULL,'',1,'','2026-11-26T01:55:04.892Z','2026-11-26T01:55:04.892Z',1);
INSERT INTO events VALUES(37,'6f9f702e-5057-457d-96eb-c5e48d60eab7','PanReflex-Webinar: Schließen der Risk Perception Action Gap','panreflex-webinar: schliessen der risk perception action gap',3,NULL,'2025-04-03','14:00',NULL,'15:00','online','','','public','organiser','Fraunhofer INT',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-26T01:55:04.892Z','2026-11-26T01:55:04.892Z',1);
INSERT INTO events VALUES(38,'66ece963-07b0-4524-b9ec-3834d2e8205e','Pufii Training: Demokratische Resilienz','pufii training: demokratische resilienz',10,NULL,'2025-04-03',NULL,'2025-04-04',NULL,'on_site','Hannover','','public','organiser','CommunAid gGmbH',NULL,'Pufii',16,1,NULL,'',1,'','2026-11-26T01:55:04.893Z','2026-11-26T01:55:04.893Z',1);
INSERT INTO events VALUES(39,'aafaa002-1770-4514-bacf-a12e4c34a170','Difu & DEFUS Seminar: Sichere Städte – marginalisierte Gruppen im öffentlichen Raum','difu & defus seminar: sichere stadte – marginalisierte gruppen im offentlichen raum',6,NULL,'2025-05-15',NULL,'2025-05-16',NULL,'on_site','Berlin','','public','co_organiser','Deutsches Institut für Urbanistik',NULL,'',25,1,NULL,'',1,'','2026-11-26T01:55:04.893Z','2026-11-26T01:55:04.893Z',1);
INSERT INTO events VALUES(40,'84acc9b3-9385-43b1-83c7-9f3c54dfb193','28. Mitgliederversammlung','28. mitgliederversammlung',1,28,'2025-09-16',NULL,'2025-09-17',NULL,'on_site','Stuttgart','','members','organiser','',NULL,'',45,1,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-26T01:55:04.893Z','2026-11-26T01:55:04.893Z',1);
CREATE TABLE registrations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'attended', 'no_show')),
            source TEXT NOT NULL DEFAULT 'email' CHECK (source IN ('phone', 'email', 'form', 'on_site', 'paper', 'import')),
            registered_at TEXT NOT NULL,
            waitlisted_at TEXT,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (event_id, person_id));
INSERT INTO registrations VALUES(1,'a40708af-311f-4110-8f53-59a8c3ab0c0e',22,46,'attended','phone','2024-07-15T09:00:00.000Z',NULL,'','2026-11-26T01:55:04.895Z','2026-11-26T01:55:04.919Z',2);
INSERT INTO registrations VALUES(2,'d4e4682e-2628-4555-965a-1891a7b60017',22,8,'attended','email','2024-07-15T16:10:00.000Z',NULL,'','2026-11-26T01:55:04.896Z','2026-11-26T01:55:04.920Z',2);
INSERT INTO registrations VALUES(3,'87fa69a2-ad08-4811-8335-c72d00ec9e60',22,47,'attended','form','2024-07-15T23:20:00.000Z',NULL,'','2026-11-26T01:55:04.896Z','2026-11-26T01:55:04.920Z',2);
INSERT INTO registrations VALUES(4,'7a60c0d1-5a9e-45a5-ada9-0ebb06d7461d',22,38,'cancelled','phone','2024-07-16T06:30:00.000Z',NULL,'','2026-11-26T01:55:04.897Z','2026-11-26T01:55:04.920Z',2);
INSERT INTO registrations VALUES(5,'3faafbf6-fa2b-42a1-a089-98d441fae69a',22,60,'attended','email','2024-07-16T13:40:00.000Z',NULL,'','2026-11-26T01:55:04.898Z','2026-11-26T01:55:04.921Z',2);
INSERT INTO registrations VALUES(6,'fbbcb0a0-d623-4408-9204-f82917c91b55',22,25,'no_show','form','2024-07-16T20:00:00.000Z',NULL,'','2026-11-26T01:55:04.899Z','2026-11-26T01:55:04.922Z',2);
INSERT INTO registrations VALUES(7,'9b3d3b42-2068-4894-b722-eaf4c9414bbc',22,34,'attended','phone','2024-07-17T03:10:00.000Z',NULL,'','2026-11-26T01:55:04.899Z','2026-11-26T01:55:04.922Z',2);
INSERT INTO registrations VALUES(8,'dc66051a-4c76-4dc4-992f-08225d1d5be9',22,50,'attended','email','2024-07-17T10:20:00.000Z',NULL,'','2026-11-26T01:55:04.900Z','2026-11-26T01:55:04.922Z',2);
INSERT INTO registrations VALUES(9,'165f41c6-c6d8-432c-aaa0-ba051eb355f0',22,57,'attended','form','2024-07-17T17:30:00.000Z',NULL,'','2026-11-26T01:55:04.901Z','2026-11-26T01:55:04.923Z',2);
INSERT INTO registrations VALUES(10,'498c3439-eb64-4f9a-ae63-9457105572ff',22,43,'cancelled','phone','2024-07-18T00:40:00.000Z',NULL,'','2026-11-26T01:55:04.901Z','2026-11-26T01:55:04.923Z',2);
INSERT INTO registrations VALUES(11,'3a8b16de-bdc2-4542-a965-b4a1a0bd31bc',22,62,'attended','email','2024-07-18T07:00:00.000Z',NULL,'','2026-11-26T01:55:04.902Z','2026-11-26T01:55:04.924Z',2);
INSERT INTO registrations VALUES(12,'8250cbf4-871d-424a-97d7-85291b3fafd9',22,39,'attended','form','2024-07-18T14:10:00.000Z',NULL,'','2026-11-26T01:55:04.903Z','2026-11-26T01:55:04.924Z',2);
INSERT INTO registrations VALUES(13,'b28c1722-b86e-49bd-8a53-1c0583ceaeb0',22,7,'attended','phone','2024-07-18T21:20:00.000Z',NULL,'','2026-11-26T01:55:04.904Z','2026-11-26T01:55:04.924Z',2);
INSERT INTO registrations VALUES(14,'5f3a073b-a720-4d67-a8d1-770d4859819e',22,58,'no_show','email','2024-07-19T04:30:00.000Z',NULL,'','2026-11-26T01:55:04.904Z','2026-11-26T01:55:04.925Z',2);
INSERT INTO registrations VALUES(15,'690ecf6f-6f21-493b-a30c-b3b48bf62915',22,26,'attended','form','2024-07-19T11:40:00.000Z',NULL,'','2026-11-26T01:55:04.905Z','2026-11-26T01:55:04.925Z',2);
INSERT INTO registrations VALUES(16,'cb9dcbdd-94cd-4cde-a2aa-e42e8788dac0',22,70,'attended','phone','2024-07-19T18:00:00.000Z',NULL,'','2026-11-26T01:55:04.906Z','2026-11-26T01:55:04.926Z',2);
INSERT INTO registrations VALUES(17,'7626c25a-ce9d-446d-b60e-fb94571c6b68',22,5,'attended','email','2024-07-20T01:10:00.000Z',NULL,'','2026-11-26T01:55:04.907Z','2026-11-26T01:55:04.926Z',2);
INSERT INTO registrations VALUES(18,'b2bd7f55-6686-41b7-97ab-11e506e44ce1',22,51,'attended','form','2024-07-20T08:20:00.000Z',NULL,'','2026-11-26T01:55:04.907Z','2026-11-26T01:55:04.926Z',2);
INSERT INTO registrations VALUES(19,'b64c4779-4e38-406e-9fdb-c36191cf542f',22,63,'attended','phone','2024-07-20T15:30:00.000Z',NULL,'','2026-11-26T01:55:04.908Z','2026-11-26T01:55:04.927Z',2);
INSERT INTO registrations VALUES(20,'29e8fcd1-3bbf-41e2-8d73-eeed4ac5db60',22,30,'attended','email','2024-07-20T22:40:00.000Z',NULL,'','2026-11-26T01:55:04.909Z','2026-11-26T01:55:04.927Z',2);
INSERT INTO registrations VALUES(21,'2dd3a393-04e4-46c1-a907-e47524df088f',22,67,'attended','form','2024-07-21T05:00:00.000Z',NULL,'','2026-11-26T01:55:04.909Z','2026-11-26T01:55:04.927Z',2);
INSERT INTO registrations VALUES(22,'1698f42b-7ced-419e-a2f9-fcafd0b744aa',22,37,'attended','phone','2024-07-21T12:10:00.000Z',NULL,'','2026-11-26T01:55:04.910Z','2026-11-26T01:55:04.928Z',2);
INSERT INTO registrations VALUES(23,'2a25b1ca-1e3c-4993-99d8-baff80ce5909',22,59,'attended','email','2024-07-21T19:20:00.000Z',NULL,'','2026-11-26T01:55:04.911Z','2026-11-26T01:55:04.928Z',2);
INSERT INTO registrations VALUES(24,'9024d2a8-5edf-43ba-8761-22cd7ae97cd4',22,29,'attended','form','2024-07-22T02:30:00.000Z',NULL,'','2026-11-26T01:55:04.912Z','2026-11-26T01:55:04.928Z',2);
INSERT INTO registrations VALUES(25,'edb546e7-1a8e-43eb-b56d-dbf65a765f6b',22,53,'attended','phone','2024-07-22T09:40:00.000Z',NULL,'','2026-11-26T01:55:04.912Z','2026-11-26T01:55:04.929Z',2);
INSERT INTO registrations VALUES(26,'3698b2c1-6819-46dc-97ee-8e675ebeb7d0',22,21,'attended','email','2024-07-22T16:00:00.000Z',NULL,'','2026-11-26T01:55:04.913Z','2026-11-26T01:55:04.929Z',2);
INSERT INTO registrations VALUES(27,'fed358ce-59e5-4add-85a0-6f0b88403886',22,48,'attended','form','2024-07-22T23:10:00.000Z',NULL,'','2026-11-26T01:55:04.914Z','2026-11-26T01:55:04.929Z',2);
INSERT INTO registrations VALUES(28,'f95958ee-ad72-49ef-a1d5-63867e9397b1',22,6,'attended','phone','2024-07-23T06:20:00.000Z',NULL,'','2026-11-26T01:55:04.915Z','2026-11-26T01:55:04.930Z',2);
INSERT INTO registrations VALUES(29,'7403b9c1-eb0a-4814-85f8-c85b68f10b68',22,56,'attended','email','2024-07-23T13:30:00.000Z',NULL,'','2026-11-26T01:55:04.915Z','2026-11-26T01:55:04.930Z',2);
INSERT INTO registrations VALUES(30,'6fe62de3-a745-4b50-8183-b04f4acfb808',22,66,'attended','form','2024-07-23T20:40:00.000Z',NULL,'','2026-11-26T01:55:04.916Z','2026-11-26T01:55:04.931Z',2);
INSERT INTO registrations VALUES(31,'1213aab8-6d59-4650-b549-13310b1f9b62',22,32,'attended','phone','2024-07-24T03:00:00.000Z',NULL,'','2026-11-26T01:55:04.917Z','2026-11-26T01:55:04.931Z',2);
INSERT INTO registrations VALUES(32,'e2d21d03-d313-4b30-94ed-85369a8190cc',22,42,'attended','email','2024-07-24T10:10:00.000Z',NULL,'','2026-11-26T01:55:04.917Z','2026-11-26T01:55:04.931Z',2);
INSERT INTO registrations VALUES(33,'ccef4bfd-3dcb-42b7-a919-d97c0a13a520',22,28,'attended','form','2024-07-24T17:20:00.000Z',NULL,'','2026-11-26T01:55:04.918Z','2026-11-26T01:55:04.932Z',2);
INSERT INTO registrations VALUES(34,'f6075e81-23fb-4e4d-b8d6-66e1e91528d5',22,33,'attended','phone','2024-07-25T00:30:00.000Z',NULL,'','2026-11-26T01:55:04.919Z','2026-11-26T01:55:04.932Z',2);
INSERT INTO registrations VALUES(35,'9dddf77b-3541-471e-9c5b-81819740ef7f',18,34,'attended','phone','2024-04-02T09:00:00.000Z',NULL,'','2026-11-26T01:55:04.933Z','2026-11-26T01:55:04.953Z',2);
INSERT INTO registrations VALUES(36,'76869708-3d62-420d-95a7-78f7ad800095',18,50,'attended','email','2024-04-02T16:10:00.000Z',NULL,'','2026-11-26T01:55:04.934Z','2026-11-26T01:55:04.953Z',2);
INSERT INTO registrations VALUES(37,'82c826d2-3d0c-4692-a564-a6c9b4abc2cf',18,57,'attended','form','2024-04-02T23:20:00.000Z',NULL,'','2026-11-26T01:55:04.935Z','2026-11-26T01:55:04.953Z',2);
INSERT INTO registrations VALUES(38,'5bdc919d-e124-4782-9774-0f759596de4b',18,43,'cancelled','phone','2024-04-03T06:30:00.000Z',NULL,'','2026-11-26T01:55:04.935Z','2026-11-26T01:55:04.954Z',2);
INSERT INTO registrations VALUES(39,'961a358e-699e-4ec0-a75f-4731d77cd647',18,62,'attended','email','2024-04-03T13:40:00.000Z',NULL,'','2026-11-26T01:55:04.936Z','2026-11-26T01:55:04.955Z',2);
INSERT INTO registrations VALUES(40,'2ae19272-e02a-48aa-8a0b-17c038fa5990',18,39,'no_show','form','2024-04-03T20:00:00.000Z',NULL,'','2026-11-26T01:55:04.937Z','2026-11-26T01:55:04.955Z',2);
INSERT INTO registrations VALUES(41,'a29e654d-0b92-45f7-af75-150000d147e3',18,7,'attended','phone','2024-04-04T03:10:00.000Z',NULL,'','2026-11-26T01:55:04.938Z','2026-11-26T01:55:04.955Z',2);
INSERT INTO registrations VALUES(42,'0ed0fd8c-a45b-4380-b0a0-7c9fc8c01dda',18,58,'attended','email','2024-04-04T10:20:00.000Z',NULL,'','2026-11-26T01:55:04.938Z','2026-11-26T01:55:04.956Z',2);
INSERT INTO registrations VALUES(43,'adeec849-5d62-4bd2-a2b9-6fb3741c19d3',18,26,'attended','form','2024-04-04T17:30:00.000Z',NULL,'','2026-11-26T01:55:04.939Z','2026-11-26T01:55:04.956Z',2);
INSERT INTO registrations VALUES(44,'a18fb0de-024a-49cb-9e47-e561dcf832e5',18,70,'attended','phone','2024-04-05T00:40:00.000Z',NULL,'','2026-11-26T01:55:04.940Z','2026-11-26T01:55:04.956Z',2);
INSERT INTO registrations VALUES(45,'1ea44933-e831-438b-9f73-ee8466bdf989',18,5,'attended','email','2024-04-05T07:00:00.000Z',NULL,'','2026-11-26T01:55:04.940Z','2026-11-26T01:55:04.957Z',2);
INSERT INTO registrations VALUES(46,'000a6339-5d1d-47e9-9ee8-344ac123c2f8',18,51,'attended','form','2024-04-05T14:10:00.000Z',NULL,'','2026-11-26T01:55:04.941Z','2026-11-26T01:55:04.957Z',2);
INSERT INTO registrations VALUES(47,'e0dbffe1-24fd-4107-9d11-ade55d1f06a5',18,63,'attended','phone','2024-04-05T21:20:00.000Z',NULL,'','2026-11-26T01:55:04.942Z','2026-11-26T01:55:04.957Z',2);
INSERT INTO registrations VALUES(48,'df690602-3e00-44a4-a57b-443528f57338',18,30,'no_show','email','2024-04-06T04:30:00.000Z',NULL,'','2026-11-26T01:55:04.943Z','2026-11-26T01:55:04.958Z',2);
INSERT INTO registrations VALUES(49,'68bd40bd-367f-47eb-86f4-5e125f08fa50',18,67,'attended','form','2024-04-06T11:40:00.000Z',NULL,'','2026-11-26T01:55:04.943Z','2026-11-26T01:55:04.958Z',2);
INSERT INTO registrations VALUES(50,'30a973c9-7167-473b-9310-4325d0e1b5f4',18,37,'attended','phone','2024-04-06T18:00:00.000Z',NULL,'','2026-11-26T01:55:04.944Z','2026-11-26T01:55:04.959Z',2);
INSERT INTO registrations VALUES(51,'082e6ab2-cbd1-4ec9-8349-326035729db2',18,59,'attended','email','2024-04-07T01:10:00.000Z',NULL,'','2026-11-26T01:55:04.945Z','2026-11-26T01:55:04.959Z',2);
INSERT INTO registrations VALUES(52,'e6c0ce90-9699-482c-804a-8e272db78b1a',18,29,'attended','form','2024-04-07T08:20:00.000Z',NULL,'','2026-11-26T01:55:04.946Z','2026-11-26T01:55:04.959Z',2);
INSERT INTO registrations VALUES(53,'a2831c62-02e9-4ba6-8c8f-5c03231e7ed6',18,53,'attended','phone','2024-04-07T15:30:00.000Z',NULL,'','2026-11-26T01:55:04.946Z','2026-11-26T01:55:04.960Z',2);
INSERT INTO registrations VALUES(54,'c84ae19c-a9a6-4403-b2b7-3b3f84bb153b',18,21,'attended','email','2024-04-07T22:40:00.000Z',NULL,'','2026-11-26T01:55:04.947Z','2026-11-26T01:55:04.960Z',2);
INSERT INTO registrations VALUES(55,'1821b57a-f654-4d59-bac7-050052483b48',18,48,'attended','form','2024-04-08T05:00:00.000Z',NULL,'','2026-11-26T01:55:04.948Z','2026-11-26T01:55:04.960Z',2);
INSERT INTO registrations VALUES(56,'b9e26bc8-44d7-40c9-96f1-d9052846cf55',18,6,'attended','phone','2024-04-08T12:10:00.000Z',NULL,'','2026-11-26T01:55:04.948Z','2026-11-26T01:55:04.961Z',2);
INSERT INTO registrations VALUES(57,'0a70db38-a405-45b1-a425-a9ecf4825b1c',18,56,'attended','email','2024-04-08T19:20:00.000Z',NULL,'','2026-11-26T01:55:04.949Z','2026-11-26T01:55:04.961Z',2);
INSERT INTO registrations VALUES(58,'6124c799-0f71-4186-b5e2-ad5a7a8637b5',18,66,'attended','form','2024-04-09T02:30:00.000Z',NULL,'','2026-11-26T01:55:04.950Z','2026-11-26T01:55:04.961Z',2);
INSERT INTO registrations VALUES(59,'5821ce82-28f8-462a-b7be-e7810300b6cd',18,32,'attended','phone','2024-04-09T09:40:00.000Z',NULL,'','2026-11-26T01:55:04.951Z','2026-11-26T01:55:04.962Z',3);
INSERT INTO registrations VALUES(60,'8abe2a64-5148-434d-9077-7ac3722182ba',18,42,'waitlisted','email','2024-04-09T16:00:00.000Z','2024-04-09T16:00:00.000Z','','2026-11-26T01:55:04.951Z','2026-11-26T01:55:04.951Z',1);
INSERT INTO registrations VALUES(61,'fa032e58-5b27-4f3b-992b-9c55de25f672',18,28,'waitlisted','form','2024-04-09T23:10:00.000Z','2024-04-09T23:10:00.000Z','','2026-11-26T01:55:04.952Z','2026-11-26T01:55:04.952Z',1);
INSERT INTO registrations VALUES(62,'eedbafaf-8a53-4434-abe3-05cc8487d6fd',3,62,'attended','phone','2024-01-10T09:00:00.000Z',NULL,'','2026-11-26T01:55:04.963Z','2026-11-26T01:55:04.973Z',2);
INSERT INTO registrations VALUES(63,'0e1e874c-d77a-4200-9609-dc855c5002aa',3,39,'attended','email','2024-01-10T16:10:00.000Z',NULL,'','2026-11-26T01:55:04.964Z','2026-11-26T01:55:04.973Z',2);
INSERT INTO registrations VALUES(64,'210ffa83-2bc6-4e12-9573-61f903495f1d',3,7,'attended','form','2024-01-10T23:20:00.000Z',NULL,'','2026-11-26T01:55:04.965Z','2026-11-26T01:55:04.974Z',2);
INSERT INTO registrations VALUES(65,'c48ad609-6396-4e69-8e39-9d2a58ac4910',3,58,'cancelled','phone','2024-01-11T06:30:00.000Z',NULL,'','2026-11-26T01:55:04.965Z','2026-11-26T01:55:04.974Z',2);
INSERT INTO registrations VALUES(66,'c8a21dae-cb56-48ad-9d9d-2e032d8c9a62',3,26,'attended','email','2024-01-11T13:40:00.000Z',NULL,'','2026-11-26T01:55:04.966Z','2026-11-26T01:55:04.975Z',2);
INSERT INTO registrations VALUES(67,'c756dad2-055d-464d-a06f-7169cff01764',3,70,'attended','form','2024-01-11T20:00:00.000Z',NULL,'','2026-11-26T01:55:04.967Z','2026-11-26T01:55:04.975Z',2);
INSERT INTO registrations VALUES(68,'74792c13-c155-4fbf-8e23-ded4ca81fd83',3,5,'attended','phone','2024-01-12T03:10:00.000Z',NULL,'','2026-11-26T01:55:04.968Z','2026-11-26T01:55:04.976Z',2);
INSERT INTO registrations VALUES(69,'f3acce70-3ec8-43c1-bee5-0a17ab87c73e',3,51,'attended','email','2024-01-12T10:20:00.000Z',NULL,'','2026-11-26T01:55:04.968Z','2026-11-26T01:55:04.976Z',2);
INSERT INTO registrations VALUES(70,'3ed4166f-fd7b-4caa-957e-e1503ecaca85',3,63,'attended','form','2024-01-12T17:30:00.000Z',NULL,'','2026-11-26T01:55:04.969Z','2026-11-26T01:55:04.976Z',2);
INSERT INTO registrations VALUES(71,'c3ee8f84-f4cc-43c5-b935-95010d4ed20d',3,30,'attended','phone','2024-01-13T00:40:00.000Z',NULL,'','2026-11-26T01:55:04.970Z','2026-11-26T01:55:04.977Z',2);
INSERT INTO registrations VALUES(72,'06fe948f-e42f-45cc-9037-fbdc88346b1f',3,67,'attended','email','2024-01-13T07:00:00.000Z',NULL,'','2026-11-26T01:55:04.971Z','2026-11-26T01:55:04.977Z',2);
INSERT INTO registrations VALUES(73,'802914b4-c058-4523-b44b-ae559ade5b70',3,37,'attended','form','2024-01-13T14:10:00.000Z',NULL,'','2026-11-26T01:55:04.971Z','2026-11-26T01:55:04.977Z',2);
INSERT INTO registrations VALUES(74,'44474099-8916-41c7-b42f-478c25e8cfe2',3,59,'attended','phone','2024-01-13T21:20:00.000Z',NULL,'','2026-11-26T01:55:04.972Z','2026-11-26T01:55:04.978Z',2);
INSERT INTO registrations VALUES(75,'fad896b4-4197-4bfa-9eaa-bdb659f1a78f',3,29,'attended','email','2024-01-14T04:30:00.000Z',NULL,'','2026-11-26T01:55:04.973Z','2026-11-26T01:55:04.978Z',2);
INSERT INTO registrations VALUES(76,'cd89d8e4-4fd3-4736-8ad4-7a3ecaafd6fd',20,38,'registered','phone','2024-06-20T09:00:00.000Z',NULL,'','2026-11-26T01:55:04.979Z','2026-11-26T01:55:04.979Z',1);
INSERT INTO registrations VALUES(77,'dd919d35-6f9e-4b4f-a587-22618be08acc',20,60,'registered','email','2024-06-20T16:10:00.000Z',NULL,'','2026-11-26T01:55:04.980Z','2026-11-26T01:55:04.980Z',1);
INSERT INTO registrations VALUES(78,'283f20dc-8520-447f-9893-44f89962276a',20,25,'registered','form','2024-06-20T23:20:00.000Z',NULL,'','2026-11-26T01:55:04.980Z','2026-11-26T01:55:04.980Z',1);
INSERT INTO registrations VALUES(79,'ca2ec1e8-c740-45fe-9523-0ab3c40f8bf0',20,34,'cancelled','phone','2024-06-21T06:30:00.000Z',NULL,'','2026-11-26T01:55:04.981Z','2026-11-26T01:55:04.998Z',2);
INSERT INTO registrations VALUES(80,'b0ae9270-bae9-4216-9422-1a442bf4bf99',20,50,'registered','email','2024-06-21T13:40:00.000Z',NULL,'','2026-11-26T01:55:04.982Z','2026-11-26T01:55:04.982Z',1);
INSERT INTO registrations VALUES(81,'41ba7e75-da35-4510-865b-707f00ad90ff',20,57,'registered','form','2024-06-21T20:00:00.000Z',NULL,'','2026-11-26T01:55:04.983Z','2026-11-26T01:55:04.983Z',1);
INSERT INTO registrations VALUES(82,'0137793f-ead8-46f6-9c9d-9652a6a263f6',20,43,'registered','phone','2024-06-22T03:10:00.000Z',NULL,'','2026-11-26T01:55:04.983Z','2026-11-26T01:55:04.983Z',1);
INSERT INTO registrations VALUES(83,'6b374006-f7a7-43bc-ad77-0d84a0f31e05',20,62,'registered','email','2024-06-22T10:20:00.000Z',NULL,'','2026-11-26T01:55:04.984Z','2026-11-26T01:55:04.984Z',1);
INSERT INTO registrations VALUES(84,'e6140fab-e70a-4fdc-b7b0-992b4dda19b5',20,39,'registered','form','2024-06-22T17:30:00.000Z',NULL,'','2026-11-26T01:55:04.985Z','2026-11-26T01:55:04.985Z',1);
INSERT INTO registrations VALUES(85,'00ab82d5-5d49-4f32-9949-f8ed2522b4fe',20,7,'cancelled','phone','2024-06-23T00:40:00.000Z',NULL,'','2026-11-26T01:55:04.986Z','2026-11-26T01:55:04.999Z',2);
INSERT INTO registrations VALUES(86,'13e5d42b-094e-4f04-bf4a-083a4b895785',20,58,'registered','email','2024-06-23T07:00:00.000Z',NULL,'','2026-11-26T01:55:04.986Z','2026-11-26T01:55:04.986Z',1);
INSERT INTO registrations VALUES(87,'feb68354-c00b-48c8-9161-0840e845c41d',20,26,'registered','form','2024-06-23T14:10:00.000Z',NULL,'','2026-11-26T01:55:04.987Z','2026-11-26T01:55:04.987Z',1);
INSERT INTO registrations VALUES(88,'7de770d9-3bb5-4395-8b52-4f39182d2d85',20,70,'registered','phone','2024-06-23T21:20:00.000Z',NULL,'','2026-11-26T01:55:04.988Z','2026-11-26T01:55:04.988Z',1);
INSERT INTO registrations VALUES(89,'8210c29e-d70e-428c-bf5a-d045936297bf',20,5,'registered','email','2024-06-24T04:30:00.000Z',NULL,'','2026-11-26T01:55:04.989Z','2026-11-26T01:55:04.989Z',1);
INSERT INTO registrations VALUES(90,'1e53b9df-2191-4556-9ee1-d3039bc4910d',20,51,'registered','form','2024-06-24T11:40:00.000Z',NULL,'','2026-11-26T01:55:04.989Z','2026-11-26T01:55:04.989Z',1);
INSERT INTO registrations VALUES(91,'23cf9d6d-5d3d-485d-a499-b515cbba0ae8',20,63,'registered','phone','2024-06-24T18:00:00.000Z',NULL,'','2026-11-26T01:55:04.990Z','2026-11-26T01:55:04.990Z',1);
INSERT INTO registrations VALUES(92,'889d7f8f-d8a5-4d2f-bdff-41cb57db7767',20,30,'registered','email','2024-06-25T01:10:00.000Z',NULL,'','2026-11-26T01:55:04.991Z','2026-11-26T01:55:04.991Z',1);
INSERT INTO registrations VALUES(93,'c3275b66-70bd-471c-9b81-55c1c8824079',20,67,'registered','form','2024-06-25T08:20:00.000Z',NULL,'','2026-11-26T01:55:04.991Z','2026-11-26T01:55:04.991Z',1);
INSERT INTO registrations VALUES(94,'5a4497d8-6dfe-4da1-97a6-50bed4580dd2',20,37,'registered','phone','2024-06-25T15:30:00.000Z',NULL,'','2026-11-26T01:55:04.992Z','2026-11-26T01:55:04.992Z',1);
INSERT INTO registrations VALUES(95,'8fc9696f-4f80-4901-a673-74f06b0d1153',20,59,'registered','email','2024-06-25T22:40:00.000Z',NULL,'','2026-11-26T01:55:04.993Z','2026-11-26T01:55:04.993Z',1);
INSERT INTO registrations VALUES(96,'d8aa50ad-ddcc-413f-95d6-f4b6d38d2907',20,29,'registered','form','2024-06-26T05:00:00.000Z',NULL,'','2026-11-26T01:55:04.994Z','2026-11-26T01:55:04.994Z',1);
INSERT INTO registrations VALUES(97,'09d5c629-b397-4819-a321-fde751c6b7f0',20,53,'registered','phone','2024-06-26T12:10:00.000Z',NULL,'','2026-11-26T01:55:04.994Z','2026-11-26T01:55:04.994Z',1);
INSERT INTO registrations VALUES(98,'54ef6e79-db2b-4152-bf6c-2b76f577c138',20,21,'registered','email','2024-06-26T19:20:00.000Z',NULL,'','2026-11-26T01:55:04.995Z','2026-11-26T01:55:04.995Z',1);
INSERT INTO registrations VALUES(99,'7b0ea6ba-0b3a-4f93-8ced-3a5d00fbe135',20,48,'registered','form','2024-06-27T02:30:00.000Z',NULL,'','2026-11-26T01:55:04.996Z','2026-11-26T01:55:04.996Z',1);
INSERT INTO registrations VALUES(100,'f9e72802-6200-4fbf-8fd5-092e2912a1bb',20,6,'registered','phone','2024-06-27T09:40:00.000Z',NULL,'','2026-11-26T01:55:04.997Z','2026-11-26T01:55:04.997Z',1);
INSERT INTO registrations VALUES(101,'c14e86fa-00c9-4edf-baef-21869e8377fe',20,56,'registered','email','2024-06-27T16:00:00.000Z',NULL,'','2026-11-26T01:55:04.997Z','2026-11-26T01:55:04.997Z',1);
INSERT INTO registrations VALUES(102,'eb8b81f2-0ae2-4786-a954-194ece000112',36,7,'registered','phone','2024-12-02T09:00:00.000Z',NULL,'','2026-11-26T01:55:05.002Z','2026-11-26T01:55:05.002Z',1);
INSERT INTO registrations VALUES(103,'09cfb991-da91-49ff-a1dc-1a861d7f1f1c',36,58,'registered','email','2024-12-02T16:10:00.000Z',NULL,'','2026-11-26T01:55:05.003Z','2026-11-26T01:55:05.003Z',1);
INSERT INTO registrations VALUES(104,'04ef516a-9cc1-4ff5-a25d-f5777835bb5a',36,26,'registered','form','2024-12-02T23:20:00.000Z',NULL,'','2026-11-26T01:55:05.003Z','2026-11-26T01:55:05.003Z',1);
INSERT INTO registrations VALUES(105,'67be5a67-87a4-4d4b-970a-dc09aab8139e',36,70,'registered','phone','2024-12-03T06:30:00.000Z',NULL,'','2026-11-26T01:55:05.004Z','2026-11-26T01:55:05.004Z',1);
INSERT INTO registrations VALUES(106,'ddab4e98-a9e0-4486-9f78-1140d6f7e475',36,5,'registered','email','2024-12-03T13:40:00.000Z',NULL,'','2026-11-26T01:55:05.005Z','2026-11-26T01:55:05.005Z',1);
INSERT INTO registrations VALUES(107,'ca5e8392-5415-41cd-90a6-7a95b2b7bda8',36,51,'registered','form','2024-12-03T20:00:00.000Z',NULL,'','2026-11-26T01:55:05.006Z','2026-11-26T01:55:05.006Z',1);
INSERT INTO registrations VALUES(108,'9b3c6f9f-1240-40a6-81bf-bad06133d133',36,63,'registered','phone','2024-12-04T03:10:00.000Z',NULL,'','2026-11-26T01:55:05.006Z','2026-11-26T01:55:05.006Z',1);
INSERT INTO registrations VALUES(109,'0cc0a494-daa4-4dca-8246-b6dd7e41cc46',36,30,'registered','email','2024-12-04T10:20:00.000Z',NULL,'','2026-11-26T01:55:05.007Z','2026-11-26T01:55:05.007Z',1);
INSERT INTO registrations VALUES(110,'d097e265-579b-4bd4-8ee4-5b01b0bb71f0',36,67,'registered','form','2024-12-04T17:30:00.000Z',NULL,'','2026-11-26T01:55:05.008Z','2026-11-26T01:55:05.008Z',1);
INSERT INTO registrations VALUES(111,'788608d9-d65c-4147-84d9-8364926fd5ee',36,37,'registered','phone','2024-12-05T00:40:00.000Z',NULL,'','2026-11-26T01:55:05.008Z','2026-11-26T01:55:05.008Z',1);
INSERT INTO registrations VALUES(112,'55122e19-4f92-418b-9aad-f7432556657c',36,59,'registered','email','2024-12-05T07:00:00.000Z',NULL,'','2026-11-26T01:55:05.009Z','2026-11-26T01:55:05.009Z',1);
INSERT INTO registrations VALUES(113,'a8f5cfe2-135b-409e-8f47-b979cf413e4c',36,29,'registered','form','2024-12-05T14:10:00.000Z',NULL,'','2026-11-26T01:55:05.010Z','2026-11-26T01:55:05.010Z',1);
INSERT INTO registrations VALUES(114,'2587d804-9585-4c3b-bfd5-36a5f5543a0c',36,53,'registered','phone','2024-12-05T21:20:00.000Z',NULL,'','2026-11-26T01:55:05.011Z','2026-11-26T01:55:05.011Z',1);
INSERT INTO registrations VALUES(115,'490647cb-5845-46c9-a9b0-36f96fd1b8a7',36,21,'registered','email','2024-12-06T04:30:00.000Z',NULL,'','2026-11-26T01:55:05.011Z','2026-11-26T01:55:05.011Z',1);
INSERT INTO registrations VALUES(116,'95e76ea6-887e-48f8-ba5d-3b311f2d7c93',36,48,'registered','form','2024-12-06T11:40:00.000Z',NULL,'','2026-11-26T01:55:05.012Z','2026-11-26T01:55:05.012Z',1);
INSERT INTO registrations VALUES(117,'923ef8c2-46be-4aaf-a44d-3480aca08d79',36,6,'registered','phone','2024-12-06T18:00:00.000Z',NULL,'','2026-11-26T01:55:05.013Z','2026-11-26T01:55:05.013Z',1);
INSERT INTO registrations VALUES(118,'d00607b6-f788-4220-b518-f6cb75d1527e',36,56,'registered','email','2024-12-07T01:10:00.000Z',NULL,'','2026-11-26T01:55:05.013Z','2026-11-26T01:55:05.013Z',1);
INSERT INTO registrations VALUES(119,'a40c6047-93ac-4f19-a95a-8a514120ff27',36,66,'registered','form','2024-12-07T08:20:00.000Z',NULL,'','2026-11-26T01:55:05.014Z','2026-11-26T01:55:05.014Z',1);
INSERT INTO registrations VALUES(120,'a916f8af-e825-4f03-b4cf-eabb424678b3',36,32,'registered','phone','2024-12-07T15:30:00.000Z',NULL,'','2026-11-26T01:55:05.015Z','2026-11-26T01:55:05.015Z',1);
INSERT INTO registrations VALUES(121,'fe9ece03-b3aa-4e95-9839-e38a885ff65a',36,42,'registered','email','2024-12-07T22:40:00.000Z',NULL,'','2026-11-26T01:55:05.016Z','2026-11-26T01:55:05.016Z',1);
INSERT INTO registrations VALUES(122,'814577ee-351e-4fbf-9451-8a3e6c31dbf6',36,28,'waitlisted','form','2024-12-08T05:00:00.000Z','2024-12-08T05:00:00.000Z','','2026-11-26T01:55:05.016Z','2026-11-26T01:55:05.016Z',1);
INSERT INTO registrations VALUES(123,'a2498316-aec4-43f8-94be-497f88d8304f',36,33,'waitlisted','phone','2024-12-08T12:10:00.000Z','2024-12-08T12:10:00.000Z','','2026-11-26T01:55:05.017Z','2026-11-26T01:55:05.017Z',1);
INSERT INTO registrations VALUES(124,'c594c7ff-5d0c-4bb1-8150-bf0b4fea5ffd',36,4,'waitlisted','email','2024-12-08T19:20:00.000Z','2024-12-08T19:20:00.000Z','','2026-11-26T01:55:05.018Z','2026-11-26T01:55:05.018Z',1);
INSERT INTO registrations VALUES(125,'a3e02428-dae6-4909-a59e-307e6adc8f64',36,68,'waitlisted','form','2024-12-09T02:30:00.000Z','2024-12-09T02:30:00.000Z','','2026-11-26T01:55:05.019Z','2026-11-26T01:55:05.019Z',1);
INSERT INTO registrations VALUES(126,'48c9a157-69e8-4001-8926-e18d46b03927',40,46,'registered','phone','2025-06-10T09:00:00.000Z',NULL,'','2026-11-26T01:55:05.022Z','2026-11-26T01:55:05.022Z',1);
INSERT INTO registrations VALUES(127,'ac5d1725-c7d1-4d4c-9298-13d62e068f11',40,8,'registered','email','2025-06-10T16:10:00.000Z',NULL,'','2026-11-26T01:55:05.023Z','2026-11-26T01:55:05.023Z',1);
INSERT INTO registrations VALUES(128,'83bc0fcd-847b-4f14-9e35-596ebb4a08d0',40,47,'registered','form','2025-06-10T23:20:00.000Z',NULL,'','2026-11-26T01:55:05.023Z','2026-11-26T01:55:05.023Z',1);
INSERT INTO registrations VALUES(129,'28485fe9-305c-4cbe-89ed-8f3fb228c1ec',40,38,'registered','phone','2025-06-11T06:30:00.000Z',NULL,'','2026-11-26T01:55:05.024Z','2026-11-26T01:55:05.024Z',1);
INSERT INTO registrations VALUES(130,'3db0714d-ad29-4a0f-9219-945a4315f711',40,60,'registered','email','2025-06-11T13:40:00.000Z',NULL,'','2026-11-26T01:55:05.025Z','2026-11-26T01:55:05.025Z',1);
INSERT INTO registrations VALUES(131,'1d20591e-a132-436e-a6bd-6649114c1354',40,25,'registered','form','2025-06-11T20:00:00.000Z',NULL,'','2026-11-26T01:55:05.026Z','2026-11-26T01:55:05.026Z',1);
INSERT INTO registrations VALUES(132,'12a1fedf-f395-44e6-a298-5dbff656a26c',40,34,'registered','phone','2025-06-12T03:10:00.000Z',NULL,'','2026-11-26T01:55:05.026Z','2026-11-26T01:55:05.026Z',1);
INSERT INTO registrations VALUES(133,'e1a674c5-64cc-45b2-b397-d03ad0af62a7',40,50,'registered','email','2025-06-12T10:20:00.000Z',NULL,'','2026-11-26T01:55:05.027Z','2026-11-26T01:55:05.027Z',1);
INSERT INTO registrations VALUES(134,'fd284cbc-762e-4166-967c-64fdd07c2a2d',40,57,'registered','form','2025-06-12T17:30:00.000Z',NULL,'','2026-11-26T01:55:05.028Z','2026-11-26T01:55:05.028Z',1);
INSERT INTO registrations VALUES(135,'12d1008a-29e3-4153-a451-43f9d3b2d898',40,43,'registered','phone','2025-06-13T00:40:00.000Z',NULL,'','2026-11-26T01:55:05.029Z','2026-11-26T01:55:05.029Z',1);
INSERT INTO registrations VALUES(136,'19a7049f-d5c2-4ec3-ad97-360e26c57cdc',40,62,'registered','email','2025-06-13T07:00:00.000Z',NULL,'','2026-11-26T01:55:05.029Z','2026-11-26T01:55:05.029Z',1);
INSERT INTO registrations VALUES(137,'bccc4115-0f68-46f3-91a1-75123b026233',40,39,'registered','form','2025-06-13T14:10:00.000Z',NULL,'','2026-11-26T01:55:05.030Z','2026-11-26T01:55:05.030Z',1);
INSERT INTO registrations VALUES(138,'452226e8-71c5-4ce0-8972-c77365c69912',40,7,'registered','phone','2025-06-13T21:20:00.000Z',NULL,'','2026-11-26T01:55:05.031Z','2026-11-26T01:55:05.031Z',1);
INSERT INTO registrations VALUES(139,'1aa96bf5-30a6-4400-8f42-74e0f8267a42',40,58,'registered','email','2025-06-14T04:30:00.000Z',NULL,'','2026-11-26T01:55:05.031Z','2026-11-26T01:55:05.031Z',1);
INSERT INTO registrations VALUES(140,'b6976ba4-f225-445d-8c10-ce245673025b',40,26,'registered','form','2025-06-14T11:40:00.000Z',NULL,'','2026-11-26T01:55:05.032Z','2026-11-26T01:55:05.032Z',1);
INSERT INTO registrations VALUES(141,'64753788-ec03-4269-8f04-938a9da44cfa',40,70,'registered','phone','2025-06-14T18:00:00.000Z',NULL,'','2026-11-26T01:55:05.033Z','2026-11-26T01:55:05.033Z',1);
CREATE TABLE pack_merges (
            id INTEGER PRIMARY KEY,
            pack_uuid TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_uuid TEXT NOT NULL,
            pack_row_version INTEGER NOT NULL,
            office_row_id INTEGER,
            merged_json TEXT NOT NULL DEFAULT '',
            merged_at TEXT NOT NULL,
            UNIQUE (pack_uuid, table_name, row_uuid, pack_row_version));
CREATE UNIQUE INDEX organisations_name_key ON organisations (name_key);
CREATE INDEX people_name_key ON people (name_key);
CREATE INDEX people_email_key ON people (email_key);
CREATE INDEX affiliations_person ON affiliations (person_id);
CREATE INDEX affiliations_organisation ON affiliations (organisation_id);
CREATE INDEX consent_log_person ON consent_log (person_id);
CREATE INDEX events_start ON events (start_date);
CREATE INDEX events_title_key ON events (title_key);
CREATE INDEX registrations_person ON registrations (person_id);
CREATE INDEX registrations_event_status ON registrations (event_id, status, waitlisted_at);
COMMIT;
