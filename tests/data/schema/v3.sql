PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE forumdesk_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
INSERT INTO forumdesk_meta VALUES('schema_version','3');
INSERT INTO forumdesk_meta VALUES('database_uuid','f1d30f0e-8462-4527-a08a-86c6a4f1fcd6');
INSERT INTO forumdesk_meta VALUES('created_at','2026-11-30T01:02:38.668Z');
INSERT INTO forumdesk_meta VALUES('kind','office');
INSERT INTO forumdesk_meta VALUES('office.organisation','Deutsch-Europäisches Forum für Urbane Sicherheit e.V.');
INSERT INTO forumdesk_meta VALUES('office.city','Hannover');
INSERT INTO forumdesk_meta VALUES('office.signatory','Anna Rau');
INSERT INTO forumdesk_meta VALUES('office.signatory_role','Geschäftsführerin');
INSERT INTO forumdesk_meta VALUES('office.row_version','1');
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
INSERT INTO organisations VALUES(1,'370f7de0-98b7-4691-a1c1-550a1ab36a96','city','Augsburg','augsburg','Bayern','DE','2013-03-01',NULL,'https://www.augsburg.de','Workshop mit DEFUS auf dem DPT 2024 in Cottbus.','2026-11-30T01:02:38.708Z','2026-11-30T01:02:38.708Z',1);
INSERT INTO organisations VALUES(2,'97b9f53a-be2e-4526-b8a3-96c0460e3a2d','city','Berlin','berlin','Berlin','DE','2012-01-01',NULL,'https://www.berlin.de','','2026-11-30T01:02:38.709Z','2026-11-30T01:02:38.709Z',1);
INSERT INTO organisations VALUES(3,'603b2fb6-eaea-44c8-9fc4-8300ed20a31b','city','Dortmund','dortmund','Nordrhein-Westfalen','DE','2019-01-01',NULL,'https://www.dortmund.de','Sonderstab Ordnung und Stadtleben.','2026-11-30T01:02:38.709Z','2026-11-30T01:02:38.709Z',1);
INSERT INTO organisations VALUES(4,'95547587-5d86-489f-a68c-0fbd08d686c0','city','Düsseldorf','dusseldorf','Nordrhein-Westfalen','DE','2012-01-01',NULL,'https://www.duesseldorf.de','EQAL-Projekt; neue Ansprechperson seit Februar 2024.','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO organisations VALUES(5,'603e0325-3d56-4a2c-a323-6e0122ed3bba','city','Essen','essen','Nordrhein-Westfalen','DE','2011-06-01',NULL,'https://www.essen.de','Finanzierte die Fachtagung Digitalisierung der Sexarbeit (September 2024).','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO organisations VALUES(6,'260a0136-1480-453e-9d3c-550af7cce2e6','city','Frankfurt am Main','frankfurt am main','Hessen','DE','2014-01-01',NULL,'https://frankfurt.de','Gastgeberin des SiBa-Workshops 2025.','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO organisations VALUES(7,'69b936e7-82c8-4650-b1c0-7e8640ce7b08','city','Freiburg im Breisgau','freiburg im breisgau','Baden-Württemberg','DE','2015-01-01',NULL,'https://www.freiburg.de','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO organisations VALUES(8,'1517cca6-91f7-4994-b373-d251ead18999','city','Gelsenkirchen','gelsenkirchen','Nordrhein-Westfalen','DE','2018-01-01',NULL,'https://www.gelsenkirchen.de','Gastgeberin der 27. Mitgliederversammlung.','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO organisations VALUES(9,'32a0fc7e-354a-4738-948a-23d514101530','city','Gladbeck','gladbeck','Nordrhein-Westfalen','DE','2021-01-01',NULL,'https://www.gladbeck.de','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO organisations VALUES(10,'07a936c0-f055-4094-8b62-128ae77ee06d','city','Göttingen','gottingen','Niedersachsen','DE','2020-01-01',NULL,'https://www.goettingen.de','Personalwechsel 2024; Austausch vor Ort im November.','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO organisations VALUES(11,'1a6f2b6d-e031-4206-880c-fa9cc751bb95','city','Hannover','hannover','Niedersachsen','DE','2011-06-01',NULL,'https://www.hannover.de','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO organisations VALUES(12,'5748188b-d0ce-4e59-85a6-86ba3f4ab673','city','Heidelberg','heidelberg','Baden-Württemberg','DE','2016-01-01',NULL,'https://www.heidelberg.de','RiskPACC (Efus).','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO organisations VALUES(13,'fe1f3138-92c0-405e-9da2-57a75660a47c','city','Karlsruhe','karlsruhe','Baden-Württemberg','DE','2017-01-01',NULL,'https://www.karlsruhe.de','RiskPACC (Efus).','2026-11-30T01:02:38.713Z','2026-11-30T01:02:38.713Z',1);
INSERT INTO organisations VALUES(14,'50c48783-344c-4a9a-a12b-990a26da1404','city','Köln','koln','Nordrhein-Westfalen','DE','2011-06-01',NULL,'https://www.stadt-koeln.de','Gastgeberin des Efus-Exekutivkomitees am 5. Dezember 2024.','2026-11-30T01:02:38.713Z','2026-11-30T01:02:38.713Z',1);
INSERT INTO organisations VALUES(15,'1109a559-da47-429e-b93b-22ce972979d5','city','Leipzig','leipzig','Sachsen','DE','2019-07-01',NULL,'https://www.leipzig.de','','2026-11-30T01:02:38.725Z','2026-11-30T01:02:38.725Z',1);
INSERT INTO organisations VALUES(16,'2c1cc8ff-56d7-4f95-ba3d-717b181cee73','city','Mannheim','mannheim','Baden-Württemberg','DE','2011-06-01',NULL,'https://www.mannheim.de','TRANSCEND (Efus).','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO organisations VALUES(17,'01293eaf-cd64-4b15-8f60-10b1710255fe','city','Nürnberg','nurnberg','Bayern','DE','2013-01-01',NULL,'https://www.nuernberg.de','AK Sicherheit und Sauberkeit.','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO organisations VALUES(18,'01a9a35a-e75f-466e-8479-1635d84be233','city','Stuttgart','stuttgart','Baden-Württemberg','DE','2011-06-01',NULL,'https://www.stuttgart.de','IcARUS (Efus); Gastgeberin der Mitgliederversammlung 2025.','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO organisations VALUES(19,'bc5403dc-b4d5-4405-9e2e-1de79551916c','city','Kaiserslautern','kaiserslautern','Rheinland-Pfalz','DE','2025-01-01',NULL,'https://www.kaiserslautern.de','Tritt zum 1. Januar 2025 bei.','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO organisations VALUES(20,'47cba54a-aec6-4e95-81e1-cc590a0938d0','organisation','Landespräventionsrat Niedersachsen','landespraventionsrat niedersachsen','Niedersachsen','DE','2012-01-01',NULL,'https://www.lpr.niedersachsen.de','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO organisations VALUES(21,'cd5c340e-b022-4d50-8f90-32aa5316b08a','organisation','Deutscher Präventionstag','deutscher praventionstag','Niedersachsen','DE','2014-01-01',NULL,'https://www.praeventionstag.de','Pufii ist ein gemeinsames Projekt mit DEFUS.','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(22,'3960d375-2b9c-4081-af5d-971ffabaac25','organisation','Landespräventionsrat Nordrhein-Westfalen','landespraventionsrat nordrhein-westfalen','Nordrhein-Westfalen','DE','2025-01-01',NULL,'https://www.lpr.nrw.de','Tritt zum 1. Januar 2025 bei.','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(23,'99e7c38d-aa63-44e1-a416-05e13cf9d0a8','organisation','DEFUS Geschäftsstelle','defus geschaftsstelle','Niedersachsen','DE',NULL,NULL,'https://www.defus.de','Kurt-Schumacher-Straße 29, 30159 Hannover','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(24,'a7007aaf-0bdf-4a8a-ac94-39b674615855','organisation','Efus','efus','','FR',NULL,NULL,'https://efus.eu','European Forum for Urban Security, Paris.','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(25,'c00173f0-5877-4536-923d-9d5e2a4831b4','organisation','Deutsches Institut für Urbanistik','deutsches institut fur urbanistik','Berlin','DE',NULL,NULL,'https://difu.de','Jährliches gemeinsames Seminar in Berlin.','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(26,'50fc14b5-04a7-492c-8055-61603a5c42d4','organisation','Universität Tübingen','universitat tubingen','Baden-Württemberg','DE',NULL,NULL,'https://uni-tuebingen.de','Community of Practice Sicherheit im Bahnhofsviertel.','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(27,'0d68a8c7-0aaa-4e6b-932c-a1063f14d237','organisation','Bergische Universität Wuppertal','bergische universitat wuppertal','Nordrhein-Westfalen','DE',NULL,NULL,'https://www.uni-wuppertal.de','Community of Practice Sicherheit im Bahnhofsviertel.','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(28,'7c623afb-942e-4478-a727-c365cf3420d8','city','Stadt Zürich','stadt zurich','Zürich','CH',NULL,NULL,'https://www.stadt-zuerich.ch','Studienreise 4.–5. Juli 2024.','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(29,'d3cbf826-ac6d-4789-bf62-97377dc74602','organisation','EBP Schweiz AG','ebp schweiz ag','Zürich','CH',NULL,NULL,'https://www.ebp.global','','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(30,'09a5313a-7298-46ea-8370-a3465726b15f','organisation','Fraunhofer INT','fraunhofer int','Nordrhein-Westfalen','DE',NULL,NULL,'https://www.int.fraunhofer.de','RiskPACC.','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO organisations VALUES(31,'c2ce6043-3c48-4d4c-88c3-dc4db8305421','organisation','CommunAid gGmbH','communaid ggmbh','','DE',NULL,NULL,'','Training Demokratische Resilienz.','2026-11-30T01:02:38.728Z','2026-11-30T01:02:38.728Z',1);
INSERT INTO organisations VALUES(32,'4e170a3e-9e17-4915-9194-ed8dd65556f0','organisation','ICPC','icpc','','CA',NULL,NULL,'https://cipc-icpc.org','International Centre for the Prevention of Crime, Montréal.','2026-11-30T01:02:38.728Z','2026-11-30T01:02:38.728Z',1);
INSERT INTO organisations VALUES(33,'7bb7aa0f-02ff-4a05-a4d1-fc07481321cf','organisation','Kveloce I+D+i','kveloce i+d+i','','ES',NULL,NULL,'https://kveloce.com','Konsortialführung CO-SECUR.','2026-11-30T01:02:38.728Z','2026-11-30T01:02:38.728Z',1);
INSERT INTO organisations VALUES(34,'1ac70ab3-29a0-45bd-b704-0698e5012c0c','organisation','Mitteldeutscher Rundfunk','mitteldeutscher rundfunk','Sachsen','DE',NULL,NULL,'https://www.mdr.de','Redaktion.','2026-11-30T01:02:38.728Z','2026-11-30T01:02:38.728Z',1);
INSERT INTO organisations VALUES(35,'86a0eb4e-bc1b-4a0b-8e68-f847d2dd6c5a','organisation','Rundfunk Berlin-Brandenburg','rundfunk berlin-brandenburg','Berlin','DE',NULL,NULL,'https://www.rbb-online.de','Redaktion Radio 1.','2026-11-30T01:02:38.728Z','2026-11-30T01:02:38.728Z',1);
INSERT INTO organisations VALUES(36,'f4dcd856-74c4-4fa0-9bcb-6a1e383f0296','organisation','ZDF','zdf','Rheinland-Pfalz','DE',NULL,NULL,'https://www.zdf.de','Redaktion Plan B.','2026-11-30T01:02:38.728Z','2026-11-30T01:02:38.728Z',1);
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
INSERT INTO membership_fees VALUES(1,'104ebc43-9dd3-44ac-ad3d-60e7bc116cda',1,2022,200000,'2022-03-10','','2026-11-30T01:02:38.708Z','2026-11-30T01:02:38.708Z',1);
INSERT INTO membership_fees VALUES(2,'a898d987-7afb-4637-8f07-2af6698fd372',1,2023,200000,'2023-03-10','','2026-11-30T01:02:38.709Z','2026-11-30T01:02:38.709Z',1);
INSERT INTO membership_fees VALUES(3,'312ffa68-d529-42d2-9a5f-e5b3f82a7bf7',1,2024,200000,'2024-03-10','','2026-11-30T01:02:38.709Z','2026-11-30T01:02:38.709Z',1);
INSERT INTO membership_fees VALUES(4,'cb2cf938-2fd1-472a-a927-0ef7d176e7d7',2,2022,350000,'2022-04-17','','2026-11-30T01:02:38.709Z','2026-11-30T01:02:38.709Z',1);
INSERT INTO membership_fees VALUES(5,'887c016e-b34e-4dff-8b69-8347ce102f80',2,2023,350000,'2023-04-17','','2026-11-30T01:02:38.709Z','2026-11-30T01:02:38.709Z',1);
INSERT INTO membership_fees VALUES(6,'48099e67-5970-4aa5-87ad-d71719c0ad95',2,2024,350000,'2024-04-17','','2026-11-30T01:02:38.709Z','2026-11-30T01:02:38.709Z',1);
INSERT INTO membership_fees VALUES(7,'4d94eb9c-9aad-47ff-ba3f-5ac62169bf13',3,2022,300000,'2022-05-24','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(8,'5564095c-f8e2-4cd0-940e-7776b1fabc1e',3,2023,300000,'2023-05-24','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(9,'307f1fdc-8162-4540-add9-49bd64a1ec44',3,2024,300000,'2024-05-24','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(10,'e2638392-3fbf-405a-bf08-7c31e4ee7a2d',4,2022,300000,'2022-02-06','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(11,'486385e2-768c-454b-b5c8-f6c0f4346fcd',4,2023,300000,'2023-02-06','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(12,'2d04a993-d4b0-404e-857d-cf2a2d190a8e',4,2024,300000,'2024-02-06','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(13,'aaecef47-536e-4531-bc83-a04fe805578b',5,2022,300000,'2022-03-13','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(14,'b67a3cff-498c-462f-99ac-e3c7226707ad',5,2023,300000,'2023-03-13','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(15,'48ebbd48-7d72-4cd4-98cd-f70113a8fabe',5,2024,300000,'2024-03-13','','2026-11-30T01:02:38.710Z','2026-11-30T01:02:38.710Z',1);
INSERT INTO membership_fees VALUES(16,'49a37312-2a34-44c1-8852-3cd149c9a93f',6,2022,300000,'2022-04-20','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(17,'b39f0f4a-4f1e-4446-b72a-e8bbeeb6ac67',6,2023,300000,'2023-04-20','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(18,'a3eb5167-cd46-451a-af37-c625a0b3e98d',6,2024,300000,'2024-04-20','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(19,'2f287625-dd4f-4d7f-9816-b1c35a56f39a',7,2022,200000,'2022-05-27','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(20,'6f594de5-2e1b-47a2-85e3-5d773ddee95c',7,2023,200000,'2023-05-27','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(21,'c6217f62-35e7-4e9f-ad25-dc51edd24b18',7,2024,200000,'2024-05-27','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(22,'f9777523-f545-4c77-91f7-e98144fcf824',8,2022,200000,'2022-02-09','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(23,'4610856f-22cb-468d-908c-e76380ed95c9',8,2023,200000,'2023-02-09','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(24,'2ba80edf-4cab-4e30-8944-902144231257',8,2024,200000,'2024-02-09','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(25,'c81ba130-ea10-49bb-b264-3a003430f79d',9,2022,200000,'2022-03-16','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(26,'fc29af3d-17dc-4118-bcf6-efdd0f0d0bef',9,2023,200000,'2023-03-16','','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(27,'fc1020da-3ffd-4e0f-8646-e80151348b98',9,2024,200000,NULL,'','2026-11-30T01:02:38.711Z','2026-11-30T01:02:38.711Z',1);
INSERT INTO membership_fees VALUES(28,'19b1fee5-f77a-445e-8425-f6c05f7d8fb0',10,2022,200000,'2022-04-23','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(29,'586d078d-aa4a-4c4d-81c1-8a1df236c98a',10,2023,200000,'2023-04-23','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(30,'b75c136e-c992-4ecb-943f-393a6795f3e6',10,2024,200000,'2024-04-23','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(31,'3666770b-8bb4-48e3-b581-f79a9de79a3a',11,2022,250000,'2022-05-05','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(32,'787435a0-a1ba-417b-b83e-2b42e7d45370',11,2023,250000,'2023-05-05','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(33,'13c51b02-4c97-423a-b4fd-d6b3ba12280d',11,2024,250000,'2024-05-05','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(34,'9f81a5b0-ec1c-4b2b-8a45-9864a44cddf6',12,2022,200000,'2022-02-12','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(35,'0095d286-50a6-4779-9254-1ad08f4abb8a',12,2023,200000,'2023-02-12','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(36,'22b39a38-e04c-40af-8aa5-ee0521a2060f',12,2024,200000,'2024-02-12','','2026-11-30T01:02:38.712Z','2026-11-30T01:02:38.712Z',1);
INSERT INTO membership_fees VALUES(37,'18d70988-7acf-4d62-af9c-6f0864317f4d',13,2022,200000,'2022-03-19','','2026-11-30T01:02:38.713Z','2026-11-30T01:02:38.713Z',1);
INSERT INTO membership_fees VALUES(38,'2e763ede-3f0a-4ecd-9ebc-4432b060a70b',13,2023,200000,'2023-03-19','','2026-11-30T01:02:38.713Z','2026-11-30T01:02:38.713Z',1);
INSERT INTO membership_fees VALUES(39,'3f3f847e-9e3c-4952-ab8e-3d723277f440',13,2024,200000,'2024-03-19','','2026-11-30T01:02:38.713Z','2026-11-30T01:02:38.713Z',1);
INSERT INTO membership_fees VALUES(40,'03f12128-f3bb-442e-8e73-ed789dcc5b85',14,2022,350000,'2022-04-26','','2026-11-30T01:02:38.713Z','2026-11-30T01:02:38.713Z',1);
INSERT INTO membership_fees VALUES(41,'88d3eff4-ca98-4f19-aff9-f519f9d3e4a5',14,2023,350000,'2023-04-26','','2026-11-30T01:02:38.713Z','2026-11-30T01:02:38.713Z',1);
INSERT INTO membership_fees VALUES(42,'732f1b66-a806-4fab-904b-366e5b1ba2b3',14,2024,350000,'2024-04-26','','2026-11-30T01:02:38.713Z','2026-11-30T01:02:38.713Z',1);
INSERT INTO membership_fees VALUES(43,'4dcb5c58-4698-4f57-b269-ce326782333b',15,2022,300000,'2022-05-08','','2026-11-30T01:02:38.725Z','2026-11-30T01:02:38.725Z',1);
INSERT INTO membership_fees VALUES(44,'9bbdcaed-c137-466c-92c2-b356c14cc782',15,2023,300000,'2023-05-08','','2026-11-30T01:02:38.725Z','2026-11-30T01:02:38.725Z',1);
INSERT INTO membership_fees VALUES(45,'55411754-67b9-4621-8bf1-12b079d0acd4',15,2024,300000,NULL,'','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(46,'6f5996bd-d1e6-425d-b00f-8ff065e0cbe7',16,2022,200000,'2022-02-15','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(47,'bcc3d57f-8b95-4049-a9cf-6f9a287c95fa',16,2023,200000,'2023-02-15','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(48,'256fd83c-6ad4-4aeb-9991-6a44ce5eacef',16,2024,200000,'2024-02-15','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(49,'208261c9-4df5-4c2b-aae5-0e3cff9a0f05',17,2022,250000,'2022-03-22','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(50,'efac261c-cf1f-4678-b88c-ad6ab0921aae',17,2023,250000,'2023-03-22','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(51,'26cc582a-cfa2-42c7-be4a-1e58762c46f0',17,2024,250000,'2024-03-22','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(52,'e64df319-5f63-435f-b8f4-cc97c5b2a2b8',18,2022,300000,'2022-04-04','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(53,'111f9901-0338-4ccc-9b4d-2e51a78cd6c1',18,2023,300000,'2023-04-04','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(54,'e4b76662-21e1-4738-835c-ca4ad6697681',18,2024,300000,'2024-04-04','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(55,'e1c15bbb-2ac9-44a8-a181-b63a33de4cab',20,2022,150000,'2022-02-18','','2026-11-30T01:02:38.726Z','2026-11-30T01:02:38.726Z',1);
INSERT INTO membership_fees VALUES(56,'b8c52288-2315-42c5-9066-6a9d221c452c',20,2023,150000,'2023-02-18','','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO membership_fees VALUES(57,'e10775b4-10c3-4407-b0d3-33da8f834322',20,2024,150000,'2024-02-18','','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO membership_fees VALUES(58,'009f0fb2-895c-4551-862e-0bae3ad20534',21,2022,150000,'2022-03-25','','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO membership_fees VALUES(59,'917f6cf1-9a7e-4ef6-a08d-9b3893736cc5',21,2023,150000,'2023-03-25','','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
INSERT INTO membership_fees VALUES(60,'18b8adc0-6e3f-448e-bd52-0864caf3c323',21,2024,150000,'2024-03-25','','2026-11-30T01:02:38.727Z','2026-11-30T01:02:38.727Z',1);
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
INSERT INTO people VALUES(1,'172d960d-bfc3-485b-8949-efb9d69d3f35','','Christian','Kromberg','kromberg christian','','','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.728Z','2026-11-30T01:02:38.728Z',1);
INSERT INTO people VALUES(2,'641f45db-7753-424d-a6d5-e70166c9fcdb','Dr.','Volker','Proffen','proffen volker','','','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.729Z','2026-11-30T01:02:38.729Z',1);
INSERT INTO people VALUES(3,'a197c5f7-a41f-45fe-87ce-73d5bf48a551','','Anna','Rau','rau anna','anna.rau@defus.example','anna.rau@defus.example','0511 367394-20','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.758Z','2026-11-30T01:02:38.758Z',1);
INSERT INTO people VALUES(4,'e5562d1c-de49-41cc-a588-ff653d7227d6','','Margo','Molkenbur','molkenbur margo','margo.molkenbur@defus.example','margo.molkenbur@defus.example','0511 367394-22','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.758Z','2026-11-30T01:02:38.758Z',1);
INSERT INTO people VALUES(5,'90b6aa47-d1b0-472f-8874-da56f3181670','Dr.','Meike','Hecker','hecker meike','meike.hecker@defus.example','meike.hecker@defus.example','0511 367394-23','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.759Z','2026-11-30T01:02:38.759Z',1);
INSERT INTO people VALUES(6,'f3e49a9c-8fb0-4327-a92e-b6f8bc41d837','','Kristina','Kutz','kutz kristina','kristina.kutz@defus.example','kristina.kutz@defus.example','0511 367394-21','',0,NULL,1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.759Z','2026-11-30T01:02:38.759Z',1);
INSERT INTO people VALUES(7,'f7867c1f-50f8-42a7-9416-58d1ef17f529','','Rolf','Grimmer','grimmer rolf','rolf.grimmer@defus.example','rolf.grimmer@defus.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-30T01:02:38.759Z','2026-11-30T01:02:38.759Z',1);
INSERT INTO people VALUES(8,'aaee73e2-baf2-4f3e-96a2-d40f2c40ae92','','Hane','Barrazinji','barrazinji hane','hane.barrazinji@defus.example','hane.barrazinji@defus.example','','',0,NULL,1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO people VALUES(9,'1fcc40ae-05e9-434e-85ae-66766fe16420','Prof. Dr.','Rita','Haverkamp','haverkamp rita','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO people VALUES(10,'00d77ca0-f1c2-4d7a-a6f4-05c84c908c31','Dr.','Tim','Lukas','lukas tim','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO people VALUES(11,'ac8f429c-1f2a-4c3d-ae0c-ac3b0996d702','','Kurt','Faller','faller kurt','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO people VALUES(12,'c9e761e8-32c3-4a1f-80d1-b1dd88ea6d03','','Dorothea','Faller','faller dorothea','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO people VALUES(13,'667397e3-1b03-49e8-8939-067353149647','','Winfried','Kneip','kneip winfried','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO people VALUES(14,'6bcffc7e-faba-4ab6-b084-7c64857bcd42','','Tillmann','Schulze','schulze tillmann','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.761Z','2026-11-30T01:02:38.761Z',1);
INSERT INTO people VALUES(15,'6061c721-a9f8-4b75-a3de-6a481c82de73','','Andrea','Weiß','weiss andrea','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.761Z','2026-11-30T01:02:38.761Z',1);
INSERT INTO people VALUES(16,'237d427a-6a36-402c-83c7-a0eee673967d','','Joël','Bellmont','bellmont joel','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.761Z','2026-11-30T01:02:38.761Z',1);
INSERT INTO people VALUES(17,'d5511d84-5eb8-4eb1-8def-fc92d60fd67f','','Naomi','Bögli','bogli naomi','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO people VALUES(18,'90aa1662-1e26-42be-ad30-343491e0cf0d','Dr.','Maike','Vollmer','vollmer maike','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO people VALUES(19,'e2fc626a-7756-4906-b2ad-35e25b8ead8b','','Claudia','Heinzelmann','heinzelmann claudia','','','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO people VALUES(20,'b890cedf-ee4c-4741-ae5e-9fa24b9e0d8b','','Janina','Hentschel','hentschel janina','','','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO people VALUES(21,'bc062160-bc78-4676-bb34-50e643793d50','','Sabine','Krüger','kruger sabine','sabine.krueger@augsburg.example','sabine.krueger@augsburg.example','0821 324-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO people VALUES(22,'60c3bf76-000b-4c13-a9ea-e9b71ee6c95e','','Jörg','Wendtland','wendtland jorg','joerg.wendtland@berlin.example','joerg.wendtland@berlin.example','030 9027-0000','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.787Z','2026-11-30T01:02:38.787Z',1);
INSERT INTO people VALUES(23,'4e502af6-254a-429c-a5d6-cfe2a3c81d08','','Melanie','Özdemir','ozdemir melanie','melanie.oezdemir@dortmund.example','melanie.oezdemir@dortmund.example','0231 50-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.787Z','2026-11-30T01:02:38.787Z',1);
INSERT INTO people VALUES(24,'c33542ec-567e-4d3e-bb72-90aed98a3d1d','','Thomas','Schäfer','schafer thomas','thomas.schaefer@duesseldorf.example','thomas.schaefer@duesseldorf.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-30T01:02:38.787Z','2026-11-30T01:02:38.787Z',1);
INSERT INTO people VALUES(25,'6f84e186-c95c-4727-9ee1-9959a1155d7c','','Lena','Brückner','bruckner lena','lena.brueckner@duesseldorf.example','lena.brueckner@duesseldorf.example','0211 89-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.788Z','2026-11-30T01:02:38.788Z',1);
INSERT INTO people VALUES(26,'f083d17a-8d74-48f6-b061-ab39fadfec93','','Markus','Große-Wilde','grosse-wilde markus','markus.grosse-wilde@essen.example','markus.grosse-wilde@essen.example','0201 88-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.788Z','2026-11-30T01:02:38.788Z',1);
INSERT INTO people VALUES(27,'4eb84d53-983c-4d91-8a7b-008fd11618f2','Dr.','Ayşe','Yılmaz','yılmaz ayse','ayse.yilmaz@frankfurt.example','ayse.yilmaz@frankfurt.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.788Z','2026-11-30T01:02:38.788Z',1);
INSERT INTO people VALUES(28,'09f3852f-d684-4c9c-a1c1-39ebe2a4a4a3','','Florian','Maier','maier florian','florian.maier@freiburg.example','florian.maier@freiburg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.788Z','2026-11-30T01:02:38.788Z',1);
INSERT INTO people VALUES(29,'d2cf4df2-26b8-4006-bd34-d5dc806d2ea2','','Petra','Kowalczyk','kowalczyk petra','petra.kowalczyk@gelsenkirchen.example','petra.kowalczyk@gelsenkirchen.example','0209 169-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.789Z','2026-11-30T01:02:38.789Z',1);
INSERT INTO people VALUES(30,'f7b716c6-210a-459f-893c-d029bb9928c8','','Dennis','Hüsken','husken dennis','dennis.huesken@gladbeck.example','dennis.huesken@gladbeck.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-30T01:02:38.789Z','2026-11-30T01:02:38.789Z',1);
INSERT INTO people VALUES(31,'0aaf46bf-7efd-4b49-a7ba-bc39e0e5e19a','','Hanna','Weißgerber','weissgerber hanna','hanna.weissgerber@goettingen.example','hanna.weissgerber@goettingen.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-30T01:02:38.814Z','2026-11-30T01:02:38.814Z',1);
INSERT INTO people VALUES(32,'5ca75105-2182-4754-8a26-133cfe3b81d0','','Jonas','Lindqvist','lindqvist jonas','jonas.lindqvist@goettingen.example','jonas.lindqvist@goettingen.example','0551 400-0000','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.814Z','2026-11-30T01:02:38.814Z',1);
INSERT INTO people VALUES(33,'ac1a29bb-9d07-47e5-8505-27d31be2fb15','','Katrin','Meißner','meissner katrin','katrin.meissner@hannover.example','katrin.meissner@hannover.example','0511 168-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.814Z','2026-11-30T01:02:38.814Z',1);
INSERT INTO people VALUES(34,'6ddd2c4e-047e-4edd-a5c9-2e8ce4e08979','','Andrea','Caspar-Thron','caspar-thron andrea','andrea.caspar-thron@heidelberg.example','andrea.caspar-thron@heidelberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.815Z','2026-11-30T01:02:38.815Z',1);
INSERT INTO people VALUES(35,'c9b67bbb-91df-429f-b5bc-9e9fde58cc6c','','Stefan','Rößler','rossler stefan','stefan.roessler@karlsruhe.example','stefan.roessler@karlsruhe.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-30T01:02:38.815Z','2026-11-30T01:02:38.815Z',1);
INSERT INTO people VALUES(36,'d4a239b1-1437-41ce-a29e-d74888204b8e','','Miriam','Schönfeld','schonfeld miriam','miriam.schoenfeld@koeln.example','miriam.schoenfeld@koeln.example','0221 221-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.815Z','2026-11-30T01:02:38.815Z',1);
INSERT INTO people VALUES(37,'7b1bd629-9005-4beb-8866-4b6532de016d','','Uwe','Kästner','kastner uwe','uwe.kaestner@leipzig.example','uwe.kaestner@leipzig.example','','',1,'2024-01-15',0,NULL,0,NULL,'2026-11-30T01:02:38.815Z','2026-11-30T01:02:38.815Z',1);
INSERT INTO people VALUES(38,'20516843-2481-457e-a84c-b4b9aef32917','','Nadine','Böhm','bohm nadine','nadine.boehm@mannheim.example','nadine.boehm@mannheim.example','0621 293-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.816Z','2026-11-30T01:02:38.816Z',1);
INSERT INTO people VALUES(39,'bbfcdc5d-fc25-46a7-9d65-1c654f81b00a','','Günter','Fuchs','fuchs gunter','guenter.fuchs@nuernberg.example','guenter.fuchs@nuernberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.816Z','2026-11-30T01:02:38.816Z',1);
INSERT INTO people VALUES(40,'0e2708ea-f92e-43d6-bab3-c17191182798','','Eva','Ströbele','strobele eva','eva.stroebele@stuttgart.example','eva.stroebele@stuttgart.example','0711 216-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.816Z','2026-11-30T01:02:38.816Z',1);
INSERT INTO people VALUES(41,'3e3fdf7e-dd49-41b3-b2c4-2bad3315a8c2','','Tobias','Nägele','nagele tobias','tobias.naegele@kaiserslautern.example','tobias.naegele@kaiserslautern.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.817Z','2026-11-30T01:02:38.817Z',1);
INSERT INTO people VALUES(42,'ab570bc1-bdee-4ba0-8d77-4174cf6638f2','','Birgit','Lührs','luhrs birgit','birgit.luehrs@lpr-nds.example','birgit.luehrs@lpr-nds.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.817Z','2026-11-30T01:02:38.817Z',1);
INSERT INTO people VALUES(43,'2687a9ed-0a51-473b-b91c-e207a14e51ad','','Ralf','Düring','during ralf','ralf.duering@lpr-nrw.example','ralf.duering@lpr-nrw.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.817Z','2026-11-30T01:02:38.817Z',1);
INSERT INTO people VALUES(44,'c71824b4-c25a-42f3-8b24-a86a95ef3d74','','Elizabeth','Johnston','johnston elizabeth','','','','',0,NULL,0,NULL,0,NULL,'2026-11-30T01:02:38.829Z','2026-11-30T01:02:38.829Z',1);
INSERT INTO people VALUES(45,'5aba54c9-c3f7-4595-b4ae-3274acc41ded','','Jan','Schröder','schroder jan','jan.schroeder@essen.example','jan.schroeder@essen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO people VALUES(46,'bd41251b-7c40-46a2-b53f-084eedde6cc6','','Fatma','Aydın','aydın fatma','fatma.aydin@essen.example','fatma.aydin@essen.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO people VALUES(47,'fcd3b5e7-7c7f-4c50-a8d1-0f7b1cf5c5af','Dr.','Christoph','Bäumer','baumer christoph','christoph.baeumer@mannheim.example','christoph.baeumer@mannheim.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO people VALUES(48,'f0f79388-ff32-4efd-b9e9-f9c6b0164b6c','','Svenja','Kühn','kuhn svenja','svenja.kuehn@mannheim.example','svenja.kuehn@mannheim.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO people VALUES(49,'2623b10b-3766-46d6-82f6-dc156983e0b3','','Lukas','Wagner','wagner lukas','lukas.wagner@koeln.example','lukas.wagner@koeln.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO people VALUES(50,'a1711d54-603f-4064-94df-fc84b3dd5267','','Aylin','Demir','demir aylin','aylin.demir@koeln.example','aylin.demir@koeln.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO people VALUES(51,'86f75ebf-0896-4f64-b57a-cf12f0faedd0','','Matthias','Hoffmann','hoffmann matthias','matthias.hoffmann@duesseldorf.example','matthias.hoffmann@duesseldorf.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO people VALUES(52,'28faed6e-cb9a-4f2f-9e5b-6dd114935651','','Nina','Zimmermann','zimmermann nina','nina.zimmermann@stuttgart.example','nina.zimmermann@stuttgart.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO people VALUES(53,'44141f25-5acd-4679-9680-fa59b416b6ab','','Tobias','Krämer','kramer tobias','tobias.kraemer@stuttgart.example','tobias.kraemer@stuttgart.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO people VALUES(54,'f952d552-a189-43d8-b9df-6924927c8928','','Julia','Neumann','neumann julia','julia.neumann@berlin.example','julia.neumann@berlin.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.832Z','2026-11-30T01:02:38.832Z',1);
INSERT INTO people VALUES(55,'1b247c5d-8900-4881-b8e7-1cfb4394c09b','','Kerstin','Wolff','wolff kerstin','kerstin.wolff@hannover.example','kerstin.wolff@hannover.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.832Z','2026-11-30T01:02:38.832Z',1);
INSERT INTO people VALUES(56,'e4f6ebed-995f-4031-98db-c792e500afaa','','Erik','Lange','lange erik','erik.lange@hannover.example','erik.lange@hannover.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-30T01:02:38.832Z','2026-11-30T01:02:38.832Z',1);
INSERT INTO people VALUES(57,'636685b1-3215-49cc-8b13-0d9adc5144cf','','Sophie','Dubois','dubois sophie','sophie.dubois@freiburg.example','sophie.dubois@freiburg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.833Z','2026-11-30T01:02:38.833Z',1);
INSERT INTO people VALUES(58,'30b6b782-4779-457e-86b6-1b7e008841de','','Michael','Groß','gross michael','michael.gross@frankfurt.example','michael.gross@frankfurt.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.833Z','2026-11-30T01:02:38.833Z',1);
INSERT INTO people VALUES(59,'eb5ff65c-4cfc-4f46-b2a5-7c2985625807','','Anja','Köhler','kohler anja','anja.koehler@frankfurt.example','anja.koehler@frankfurt.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.845Z','2026-11-30T01:02:38.845Z',1);
INSERT INTO people VALUES(60,'32697e57-7aa4-4b8b-934a-abd74631cb5a','','Stefanie','Brandt','brandt stefanie','stefanie.brandt@dortmund.example','stefanie.brandt@dortmund.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO people VALUES(61,'792989ba-e189-4f0a-9787-dbbee8857d43','','Oliver','Schulz','schulz oliver','oliver.schulz@gelsenkirchen.example','oliver.schulz@gelsenkirchen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO people VALUES(62,'0489ef27-a03e-4366-8256-395cc1d875d7','','Laura','Fischer','fischer laura','laura.fischer@gelsenkirchen.example','laura.fischer@gelsenkirchen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO people VALUES(63,'4ec077d5-b423-4951-9d0d-46ed365d3c37','','Benedikt','Huber','huber benedikt','benedikt.huber@augsburg.example','benedikt.huber@augsburg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO people VALUES(64,'657142f9-e69f-47e2-8162-843226c24559','','Carina','Vogel','vogel carina','carina.vogel@nuernberg.example','carina.vogel@nuernberg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO people VALUES(65,'5db128d9-0e2f-4cfe-83c6-3894dc462f34','','Daniel','Schäfer','schafer daniel','daniel.schaefer@heidelberg.example','daniel.schaefer@heidelberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO people VALUES(66,'9c1f2bde-0c65-44ea-bd3a-ee5fa88f5523','','Marie','Lehmann','lehmann marie','marie.lehmann@leipzig.example','marie.lehmann@leipzig.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO people VALUES(67,'7141d050-55db-44d3-a03b-6755abce7a6c','','Felix','Jäger','jager felix','felix.jaeger@karlsruhe.example','felix.jaeger@karlsruhe.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO people VALUES(68,'8145b0d1-168c-49c3-9345-00bf1f490186','','Sandra','Möller','moller sandra','sandra.moeller@gladbeck.example','sandra.moeller@gladbeck.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO people VALUES(69,'ea6c8aa2-b716-4fd3-89c2-a43785c72c65','','Henrik','Olsen','olsen henrik','henrik.olsen@goettingen.example','henrik.olsen@goettingen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO people VALUES(70,'ea64557c-8d0b-4040-8b7a-325c3295f3c5','','Petra','Hahn','hahn petra','petra.hahn@lpr-nds.example','petra.hahn@lpr-nds.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-30T01:02:38.848Z','2026-11-30T01:02:38.848Z',1);
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
INSERT INTO affiliations VALUES(1,'e22a08b8-334b-42a5-8f7a-7c047082014e',1,5,'Beigeordneter; DEFUS-Vorsitzender','2020-01-01',NULL,'2026-11-30T01:02:38.729Z','2026-11-30T01:02:38.729Z',1);
INSERT INTO affiliations VALUES(2,'9459ff87-6af8-442c-b84e-b58419b1597c',2,16,'Bürgermeister; stellv. DEFUS-Vorsitzender','2019-01-01',NULL,'2026-11-30T01:02:38.758Z','2026-11-30T01:02:38.758Z',1);
INSERT INTO affiliations VALUES(3,'8e6e931e-fe77-4384-9d9f-c8b82c914065',3,23,'Geschäftsführerin','2019-04-01',NULL,'2026-11-30T01:02:38.758Z','2026-11-30T01:02:38.758Z',1);
INSERT INTO affiliations VALUES(4,'b6ec3ea1-a10d-4004-b546-1d56dd34ec41',4,23,'wiss. Projektmitarbeiterin (PanReflex)','2022-02-01','2024-12-15','2026-11-30T01:02:38.759Z','2026-11-30T01:02:38.759Z',1);
INSERT INTO affiliations VALUES(5,'10a13ffd-4ff9-4e7c-846b-20a119c74a69',5,23,'wiss. Projektmitarbeiterin','2021-09-01',NULL,'2026-11-30T01:02:38.759Z','2026-11-30T01:02:38.759Z',1);
INSERT INTO affiliations VALUES(6,'0dd9f6d3-294a-4748-be1d-613aa3c13300',6,23,'Buchhaltung','2018-01-01',NULL,'2026-11-30T01:02:38.759Z','2026-11-30T01:02:38.759Z',1);
INSERT INTO affiliations VALUES(7,'54f8bb9e-69bf-40c5-aec6-eae136e14cc1',7,23,'IT & Internetseite','2017-05-01',NULL,'2026-11-30T01:02:38.759Z','2026-11-30T01:02:38.759Z',1);
INSERT INTO affiliations VALUES(8,'7c840807-9560-42f8-9a68-869e2e39de53',8,23,'Wissenschaftliche Hilfskraft','2023-10-01',NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO affiliations VALUES(9,'bf26c84f-0cb4-4d85-97ea-b5a6296525eb',9,26,'Stiftungsprofessur Kriminalprävention und Risikomanagement',NULL,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO affiliations VALUES(10,'8b62c045-5b44-4b5b-b811-e77b43297e45',10,27,'Bürgerschaftliches Engagement und Sicherheit',NULL,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO affiliations VALUES(11,'1af173f9-c319-4883-bb62-0723902c5949',11,31,'Trainer',NULL,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO affiliations VALUES(12,'243fa4cb-0055-4b18-973f-531ed6b9cc2e',12,31,'Trainerin',NULL,NULL,'2026-11-30T01:02:38.760Z','2026-11-30T01:02:38.760Z',1);
INSERT INTO affiliations VALUES(13,'8e7caa6e-1205-40e9-b493-67d0502a5901',13,31,'Trainer',NULL,NULL,'2026-11-30T01:02:38.761Z','2026-11-30T01:02:38.761Z',1);
INSERT INTO affiliations VALUES(14,'5703db8d-aef2-486a-abff-7c3d2162d9ed',14,29,'Sicherheitsberichte',NULL,NULL,'2026-11-30T01:02:38.761Z','2026-11-30T01:02:38.761Z',1);
INSERT INTO affiliations VALUES(15,'78d2cd2c-8c6e-48ac-9448-9588b60f59d5',15,28,'Geschäftsbereichsleiterin Schutz und Prävention',NULL,NULL,'2026-11-30T01:02:38.761Z','2026-11-30T01:02:38.761Z',1);
INSERT INTO affiliations VALUES(16,'aef392ce-8699-4ac5-8178-d69e6b4ca5a9',16,28,'Teamleiter Drogeninformationszentrum DIZ',NULL,NULL,'2026-11-30T01:02:38.785Z','2026-11-30T01:02:38.785Z',1);
INSERT INTO affiliations VALUES(17,'c310e434-f583-4ed6-aad8-99e4814ac4d4',17,28,'Fachstelle Gleichstellung',NULL,NULL,'2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO affiliations VALUES(18,'f3213fdf-bcc6-4388-bb60-30f64990fa83',18,30,'Wissenschaftlerin',NULL,NULL,'2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO affiliations VALUES(19,'c2662e80-15e3-4712-ad48-9a242bc64796',19,21,'Geschäftsführerin',NULL,NULL,'2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO affiliations VALUES(20,'332844c1-f982-42c3-b34a-934ae358193c',20,21,'Wissenschaftliche Mitarbeiterin',NULL,NULL,'2026-11-30T01:02:38.786Z','2026-11-30T01:02:38.786Z',1);
INSERT INTO affiliations VALUES(21,'d74f1706-cf31-4d71-86d3-7de2fba15217',21,1,'Kommunale Kriminalprävention','2018-05-01',NULL,'2026-11-30T01:02:38.787Z','2026-11-30T01:02:38.787Z',1);
INSERT INTO affiliations VALUES(22,'ac2ac639-d31f-46ec-b991-fec08fb24a8d',22,2,'Landeskommission Berlin gegen Gewalt','2016-01-01',NULL,'2026-11-30T01:02:38.787Z','2026-11-30T01:02:38.787Z',1);
INSERT INTO affiliations VALUES(23,'5b18a8ee-681c-45e8-a8cf-995a2f360960',23,3,'Sonderstab Ordnung und Stadtleben','2021-03-01',NULL,'2026-11-30T01:02:38.787Z','2026-11-30T01:02:38.787Z',1);
INSERT INTO affiliations VALUES(24,'9defd1e8-73ff-4ef4-bfaf-01543b4eea5e',24,4,'Ordnungs- und Servicedienst','2014-01-01','2024-01-31','2026-11-30T01:02:38.787Z','2026-11-30T01:02:38.787Z',1);
INSERT INTO affiliations VALUES(25,'16542a7c-06a7-4aff-989b-934ae338abc6',25,4,'Kommunale Prävention','2024-02-01',NULL,'2026-11-30T01:02:38.788Z','2026-11-30T01:02:38.788Z',1);
INSERT INTO affiliations VALUES(26,'8f854097-21bf-41f7-b6eb-1fac7e240cca',26,5,'Ordnungsamt, Prävention','2015-01-01',NULL,'2026-11-30T01:02:38.788Z','2026-11-30T01:02:38.788Z',1);
INSERT INTO affiliations VALUES(27,'90e4ca56-9213-4be9-a33f-4cdedbe4c18b',27,6,'Präventionsrat','2019-01-01',NULL,'2026-11-30T01:02:38.788Z','2026-11-30T01:02:38.788Z',1);
INSERT INTO affiliations VALUES(28,'7c936e03-ea32-424a-9bbb-284b9a2f00de',28,7,'Amt für öffentliche Ordnung','2020-06-01',NULL,'2026-11-30T01:02:38.789Z','2026-11-30T01:02:38.789Z',1);
INSERT INTO affiliations VALUES(29,'c7e3bd22-7793-4416-86e9-44c392bf6170',29,8,'Referat Öffentliche Sicherheit und Ordnung','2018-01-01',NULL,'2026-11-30T01:02:38.789Z','2026-11-30T01:02:38.789Z',1);
INSERT INTO affiliations VALUES(30,'27797682-ad73-467c-936b-330c8f0dcae8',30,9,'Ordnungsamt','2021-01-01',NULL,'2026-11-30T01:02:38.813Z','2026-11-30T01:02:38.813Z',1);
INSERT INTO affiliations VALUES(31,'654e5a57-2a3f-4d11-abe9-391d8a1958dd',31,10,'Präventionsrat','2020-01-01','2024-09-30','2026-11-30T01:02:38.814Z','2026-11-30T01:02:38.814Z',1);
INSERT INTO affiliations VALUES(32,'9fc67243-5346-491d-808a-06cd554ff565',32,10,'Präventionsrat','2024-10-01',NULL,'2026-11-30T01:02:38.814Z','2026-11-30T01:02:38.814Z',1);
INSERT INTO affiliations VALUES(33,'73eed0c8-2aae-4ca6-aa03-9cd1c6e6eca1',33,11,'Fachbereich Öffentliche Ordnung','2017-01-01',NULL,'2026-11-30T01:02:38.815Z','2026-11-30T01:02:38.815Z',1);
INSERT INTO affiliations VALUES(34,'fd91a75c-eb53-4caa-979a-cfb4a0fc962f',34,12,'Bevölkerungsschutz','2021-01-01',NULL,'2026-11-30T01:02:38.815Z','2026-11-30T01:02:38.815Z',1);
INSERT INTO affiliations VALUES(35,'a5ad258e-4fec-4dbd-8017-d1ddbf6ddf42',35,13,'Ordnungs- und Bürgeramt','2017-01-01',NULL,'2026-11-30T01:02:38.815Z','2026-11-30T01:02:38.815Z',1);
INSERT INTO affiliations VALUES(36,'27002960-fc41-44a9-90b1-89c64e8d897b',36,14,'Amt für öffentliche Ordnung','2016-03-01',NULL,'2026-11-30T01:02:38.815Z','2026-11-30T01:02:38.815Z',1);
INSERT INTO affiliations VALUES(37,'9906f006-c3f5-4034-9ba0-d5370a11a762',37,15,'Ordnungsamt, Kommunale Kriminalprävention','2019-07-01',NULL,'2026-11-30T01:02:38.816Z','2026-11-30T01:02:38.816Z',1);
INSERT INTO affiliations VALUES(38,'39cf39c6-7733-4f7f-8a8f-b10cecde4eb1',38,16,'Sicherheit und Ordnung','2015-01-01',NULL,'2026-11-30T01:02:38.816Z','2026-11-30T01:02:38.816Z',1);
INSERT INTO affiliations VALUES(39,'82c657e2-03cc-4a7a-bdff-a1661d4f179f',39,17,'AK Sicherheit und Sauberkeit','2013-01-01',NULL,'2026-11-30T01:02:38.816Z','2026-11-30T01:02:38.816Z',1);
INSERT INTO affiliations VALUES(40,'586fe52f-8d11-474b-897e-a974e5876c71',40,18,'Kommunale Kriminalprävention','2012-01-01',NULL,'2026-11-30T01:02:38.816Z','2026-11-30T01:02:38.816Z',1);
INSERT INTO affiliations VALUES(41,'b6101098-c18a-48c5-8322-6bdc83a32d14',41,19,'Ausschuss Sicherheit und Ordnung','2024-01-15',NULL,'2026-11-30T01:02:38.817Z','2026-11-30T01:02:38.817Z',1);
INSERT INTO affiliations VALUES(42,'f6f6652c-f9e5-4b29-b19a-651e5a6caaff',42,20,'Geschäftsstelle','2015-01-01',NULL,'2026-11-30T01:02:38.817Z','2026-11-30T01:02:38.817Z',1);
INSERT INTO affiliations VALUES(43,'ac38c480-080a-4e45-816d-e0db21248116',43,22,'Geschäftsführung','2024-08-01',NULL,'2026-11-30T01:02:38.829Z','2026-11-30T01:02:38.829Z',1);
INSERT INTO affiliations VALUES(44,'324dc478-55ba-4475-b50e-8ac26f7232e1',44,24,'Executive Director',NULL,NULL,'2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO affiliations VALUES(45,'c7c3f948-027d-40a4-8961-de4ebd697ce4',45,5,'Ordnungsamt','2019-01-01',NULL,'2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO affiliations VALUES(46,'3df44347-d7c3-47ea-be89-0241f2a8c8dc',46,5,'Gleichstellungsstelle','2020-01-01',NULL,'2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO affiliations VALUES(47,'5af92d08-c4b0-4657-bdd5-d42ce0fa2e3f',47,16,'Fachbereich Sicherheit und Ordnung','2018-01-01',NULL,'2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO affiliations VALUES(48,'b721b3d8-f3a2-4c3c-9816-03a5b2d9620a',48,16,'Kommunaler Ordnungsdienst','2021-01-01',NULL,'2026-11-30T01:02:38.830Z','2026-11-30T01:02:38.830Z',1);
INSERT INTO affiliations VALUES(49,'a18bb16d-72b7-40d7-8e9e-3ea341d08db0',49,14,'Stadtordnungsdienst','2019-01-01',NULL,'2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO affiliations VALUES(50,'22c854ce-3ebf-48f9-8dda-4d699912d264',50,14,'Kriminalprävention','2022-03-01',NULL,'2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO affiliations VALUES(51,'6c43fab1-2b60-4cf9-8ffa-960be145aad2',51,4,'Ordnungs- und Servicedienst','2016-01-01',NULL,'2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO affiliations VALUES(52,'6325bfc2-950b-4254-8299-fac9674e7bd3',52,18,'Sicherheitspartnerschaft','2020-01-01',NULL,'2026-11-30T01:02:38.831Z','2026-11-30T01:02:38.831Z',1);
INSERT INTO affiliations VALUES(53,'c2425786-931b-4772-8747-81a887749506',53,18,'Amt für öffentliche Ordnung','2017-01-01',NULL,'2026-11-30T01:02:38.832Z','2026-11-30T01:02:38.832Z',1);
INSERT INTO affiliations VALUES(54,'c5689d43-3199-4797-9f78-8c0b242699b1',54,2,'Landeskommission Berlin gegen Gewalt','2021-01-01',NULL,'2026-11-30T01:02:38.832Z','2026-11-30T01:02:38.832Z',1);
INSERT INTO affiliations VALUES(55,'c00ab321-e233-4522-8eb2-cb328e773e42',55,11,'Kommunaler Präventionsrat','2018-01-01',NULL,'2026-11-30T01:02:38.832Z','2026-11-30T01:02:38.832Z',1);
INSERT INTO affiliations VALUES(56,'f8c76041-0f29-4df9-aa2e-fbdbc95815aa',56,11,'Fachbereich Öffentliche Ordnung','2020-01-01',NULL,'2026-11-30T01:02:38.833Z','2026-11-30T01:02:38.833Z',1);
INSERT INTO affiliations VALUES(57,'90f988d6-2a28-469d-89d2-eeab369a68ad',57,7,'Kommunale Kriminalprävention','2019-01-01',NULL,'2026-11-30T01:02:38.833Z','2026-11-30T01:02:38.833Z',1);
INSERT INTO affiliations VALUES(58,'3cc9d213-66b2-4006-839c-3261db1d8b75',58,6,'Präventionsrat','2016-01-01',NULL,'2026-11-30T01:02:38.833Z','2026-11-30T01:02:38.833Z',1);
INSERT INTO affiliations VALUES(59,'3a2edd6f-d48e-48e0-b877-5e7f096bb779',59,6,'Ordnungsamt','2022-01-01',NULL,'2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO affiliations VALUES(60,'6721f36a-70bd-48b8-98ec-902d12458b40',60,3,'Sonderstab Ordnung und Stadtleben','2021-01-01',NULL,'2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO affiliations VALUES(61,'a233bbef-4e3f-4ea2-b3af-49d88de9ca75',61,8,'Kommunaler Ordnungsdienst','2019-01-01',NULL,'2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO affiliations VALUES(62,'581fedf6-2870-4c97-88c1-18019b306848',62,8,'Projekt Wahrung des sozialen Friedens','2022-01-01',NULL,'2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO affiliations VALUES(63,'cd4abdd3-21ee-4f4f-a9ee-9b982a48a382',63,1,'Ordnungsdienst','2020-01-01',NULL,'2026-11-30T01:02:38.846Z','2026-11-30T01:02:38.846Z',1);
INSERT INTO affiliations VALUES(64,'0d444855-b9f7-4729-beed-b5ec292d71f7',64,17,'Sicherheit und Sauberkeit','2021-01-01',NULL,'2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO affiliations VALUES(65,'8090396a-3f31-4575-bedc-3950fff3f5db',65,12,'Amt für Ordnung','2019-01-01',NULL,'2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO affiliations VALUES(66,'22a9fdd9-0b4b-41e6-9262-8637ab7f2d2d',66,15,'Kommunale Kriminalprävention','2020-01-01',NULL,'2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO affiliations VALUES(67,'0ba1a91d-de7c-46b3-83bd-dea7dd74aecf',67,13,'Kommunaler Ordnungsdienst','2021-01-01',NULL,'2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO affiliations VALUES(68,'a17f1a24-7481-459b-bee2-9af45a4687b8',68,9,'Stadtordnung','2021-01-01',NULL,'2026-11-30T01:02:38.847Z','2026-11-30T01:02:38.847Z',1);
INSERT INTO affiliations VALUES(69,'1289fd46-8829-4a7f-94e9-9c355300df53',69,10,'Ordnungsamt','2019-01-01',NULL,'2026-11-30T01:02:38.848Z','2026-11-30T01:02:38.848Z',1);
INSERT INTO affiliations VALUES(70,'45c6f13f-9edb-491c-8b6f-3a786694449b',70,20,'Referentin','2019-01-01',NULL,'2026-11-30T01:02:38.848Z','2026-11-30T01:02:38.848Z',1);
CREATE TABLE consent_log (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            topic TEXT NOT NULL CHECK (topic IN ('newsletter', 'photos', 'sharing')),
            granted INTEGER NOT NULL,
            effective_on TEXT,
            recorded_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '');
INSERT INTO consent_log VALUES(1,'2ddf781d-e556-4021-a3a9-c444d6093302',1,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.728Z','');
INSERT INTO consent_log VALUES(2,'75bae10d-7621-41de-8ab5-ad131c2b718a',1,'photos',1,'2024-01-15','2026-11-30T01:02:38.728Z','');
INSERT INTO consent_log VALUES(3,'041709f4-95a4-4bcd-8bd6-89e050ad653c',1,'sharing',1,'2024-01-15','2026-11-30T01:02:38.729Z','');
INSERT INTO consent_log VALUES(4,'4e9e812f-30f1-4134-9b2c-80f1f1bb9a3f',2,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.757Z','');
INSERT INTO consent_log VALUES(5,'b9a671be-1d78-4927-a8ad-63f4273e6a15',2,'photos',1,'2024-01-15','2026-11-30T01:02:38.757Z','');
INSERT INTO consent_log VALUES(6,'70b92111-17c6-4207-9642-69e3aecb74df',2,'sharing',1,'2024-01-15','2026-11-30T01:02:38.757Z','');
INSERT INTO consent_log VALUES(7,'dc93b642-e588-4e94-a290-ddbdc5b6f793',3,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.758Z','');
INSERT INTO consent_log VALUES(8,'335c54c0-4bb1-4855-9c80-6607894faeac',3,'photos',1,'2024-01-15','2026-11-30T01:02:38.758Z','');
INSERT INTO consent_log VALUES(9,'45da118f-fac8-448d-b9dc-baef7339ff91',3,'sharing',1,'2024-01-15','2026-11-30T01:02:38.758Z','');
INSERT INTO consent_log VALUES(10,'7ebbc1ee-00ec-4fa4-aac5-86bbbc22ecca',4,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.758Z','');
INSERT INTO consent_log VALUES(11,'c55cd18b-8dc1-40c9-9e93-4103fe6fab26',4,'photos',1,'2024-01-15','2026-11-30T01:02:38.758Z','');
INSERT INTO consent_log VALUES(12,'b0ffc8e8-9fda-4fe3-a4e3-c84979bdf8cf',4,'sharing',1,'2024-01-15','2026-11-30T01:02:38.758Z','');
INSERT INTO consent_log VALUES(13,'cfc3aeaa-3f12-4010-aa0b-3f3f4296d76a',5,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.759Z','');
INSERT INTO consent_log VALUES(14,'60590f93-b628-45c5-8ad8-c706ffd4d1a4',5,'photos',1,'2024-01-15','2026-11-30T01:02:38.759Z','');
INSERT INTO consent_log VALUES(15,'e8c0f4fe-7c35-4a87-99b0-20265e92a8fa',5,'sharing',1,'2024-01-15','2026-11-30T01:02:38.759Z','');
INSERT INTO consent_log VALUES(16,'e0c66d12-e018-467c-8fcb-4f0ab3fa8109',6,'photos',1,'2024-01-15','2026-11-30T01:02:38.759Z','');
INSERT INTO consent_log VALUES(17,'f3c03975-920d-425f-8959-504c513df563',6,'sharing',1,'2024-01-15','2026-11-30T01:02:38.759Z','');
INSERT INTO consent_log VALUES(18,'8bfe0724-378b-495b-907c-cfc2e3ff9f0d',7,'sharing',1,'2024-01-15','2026-11-30T01:02:38.759Z','');
INSERT INTO consent_log VALUES(19,'45f798db-0889-471f-a52b-ff3cfca2de6a',8,'photos',1,'2024-01-15','2026-11-30T01:02:38.760Z','');
INSERT INTO consent_log VALUES(20,'794a03bc-03bc-4298-8145-ae46eaab4d51',8,'sharing',1,'2024-01-15','2026-11-30T01:02:38.760Z','');
INSERT INTO consent_log VALUES(21,'98b2cd2f-9736-4626-a370-5e5e058157b2',19,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.786Z','');
INSERT INTO consent_log VALUES(22,'5a304631-8b03-4ba6-8e1d-2b14a1c8eaa2',19,'sharing',1,'2024-01-15','2026-11-30T01:02:38.786Z','');
INSERT INTO consent_log VALUES(23,'1d02c6b5-c364-4da7-a300-49d0a5f7bc46',20,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.786Z','');
INSERT INTO consent_log VALUES(24,'39e2d033-657e-4b06-9dea-bf884581f066',20,'sharing',1,'2024-01-15','2026-11-30T01:02:38.786Z','');
INSERT INTO consent_log VALUES(25,'710ecaab-f8f6-439d-a3cb-a0dbca7f956c',21,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(26,'b67ef600-fe52-44d1-9b30-74914f8b089d',21,'photos',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(27,'11957862-08e2-4dd7-9b17-b6d37dbfd9fc',21,'sharing',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(28,'28f6e830-fd0e-4d15-abef-e70590033b74',22,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(29,'64dbab67-7ea5-4c33-89d5-d930c2db2ca6',22,'sharing',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(30,'8f0ef8e2-9aee-4b48-8d3c-bca549046b62',23,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(31,'7da4933a-7006-4650-961b-2f34a420385e',23,'photos',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(32,'b9c6b74f-cc65-4438-95e9-5df8deb26bd5',23,'sharing',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(33,'4d996639-5a99-4910-b228-0f0ba4986665',24,'sharing',1,'2024-01-15','2026-11-30T01:02:38.787Z','');
INSERT INTO consent_log VALUES(34,'a1ac716f-7024-44f7-bd2a-2e4f7b1f0e35',25,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(35,'76d15394-48d4-484a-af8b-885f42c3070c',25,'photos',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(36,'7a646ab6-b462-4b47-9d7e-581e47d90145',25,'sharing',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(37,'243c8ccf-810a-49dd-bbbc-c4fe1d2d9f13',26,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(38,'bb735215-5728-42b8-aa56-c3b71c2dd54c',26,'photos',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(39,'acb039a9-b090-4b76-b325-8aec35ec364f',26,'sharing',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(40,'538040e7-5913-437e-9f90-7e92da08bf9c',27,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(41,'f7e933c7-3df7-43c9-bc05-f3a898d2002e',27,'sharing',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(42,'e0f28723-4512-4ee3-989e-99cd3f418534',28,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.788Z','');
INSERT INTO consent_log VALUES(43,'07689d71-b4dc-4595-94ee-e0255dd269f5',28,'photos',1,'2024-01-15','2026-11-30T01:02:38.789Z','');
INSERT INTO consent_log VALUES(44,'4e563193-d0c5-459e-908a-ad3f80a2561d',28,'sharing',1,'2024-01-15','2026-11-30T01:02:38.789Z','');
INSERT INTO consent_log VALUES(45,'c2891273-9853-4049-82d7-d4566a3a7f2f',29,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.789Z','');
INSERT INTO consent_log VALUES(46,'943ad2f9-8728-4e03-8fd3-5ccbf590d478',29,'photos',1,'2024-01-15','2026-11-30T01:02:38.789Z','');
INSERT INTO consent_log VALUES(47,'041be00f-bae1-417f-a423-eae41a5e9a11',29,'sharing',1,'2024-01-15','2026-11-30T01:02:38.789Z','');
INSERT INTO consent_log VALUES(48,'df06e085-430b-4146-ac9b-decd9b4a531d',30,'sharing',1,'2024-01-15','2026-11-30T01:02:38.813Z','');
INSERT INTO consent_log VALUES(49,'6f9d2293-25fd-4cbd-b943-8e015e164e1b',31,'sharing',1,'2024-01-15','2026-11-30T01:02:38.814Z','');
INSERT INTO consent_log VALUES(50,'48a72bc2-4ec7-412e-94a3-28fb9a696334',32,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.814Z','');
INSERT INTO consent_log VALUES(51,'f403e161-2cf4-445a-8f77-3d08ba3e5a63',32,'sharing',1,'2024-01-15','2026-11-30T01:02:38.814Z','');
INSERT INTO consent_log VALUES(52,'3c235481-a51b-45e5-9c56-f635a4f301c8',33,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.814Z','');
INSERT INTO consent_log VALUES(53,'a8b92d0a-c585-4db2-9ef3-ab8f40f038d5',33,'photos',1,'2024-01-15','2026-11-30T01:02:38.814Z','');
INSERT INTO consent_log VALUES(54,'fd5c35b2-dc6f-4ca5-a543-9238d088982b',33,'sharing',1,'2024-01-15','2026-11-30T01:02:38.815Z','');
INSERT INTO consent_log VALUES(55,'d3332d93-901f-4d9c-a491-d764fa745b06',34,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.815Z','');
INSERT INTO consent_log VALUES(56,'050ed8f3-72db-4c59-9cc8-044ed173f5b0',34,'sharing',1,'2024-01-15','2026-11-30T01:02:38.815Z','');
INSERT INTO consent_log VALUES(57,'50ee49c6-7a22-4614-a83b-77cc2e4f6217',35,'sharing',1,'2024-01-15','2026-11-30T01:02:38.815Z','');
INSERT INTO consent_log VALUES(58,'2cd4957d-24b8-446d-a787-7712301e53cc',36,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.815Z','');
INSERT INTO consent_log VALUES(59,'812beda8-8a6e-4066-a575-b69dfd893adc',36,'photos',1,'2024-01-15','2026-11-30T01:02:38.815Z','');
INSERT INTO consent_log VALUES(60,'b5524626-2060-4086-9ecf-e3cfd40a0985',36,'sharing',1,'2024-01-15','2026-11-30T01:02:38.815Z','');
INSERT INTO consent_log VALUES(61,'640d7a5e-de48-4126-a9bb-2390089d5828',37,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(62,'c27b5b9f-6982-4c64-8221-dbe9b58b1588',38,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(63,'86bbef9d-fcd0-4627-addb-27862460fc8c',38,'photos',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(64,'e4e4e800-8052-45c2-a6e6-54eb63c43360',38,'sharing',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(65,'07574387-568e-443d-8dec-61a65c287a44',39,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(66,'60b2019b-d9db-43cd-b639-825e692f480a',39,'sharing',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(67,'d50ef60e-e90c-477f-b6b3-68705743170e',40,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(68,'3abd18f0-cc1a-4ef6-9c8c-9556e2296231',40,'photos',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(69,'34bcec67-db59-40fb-aa55-4021df2067e7',40,'sharing',1,'2024-01-15','2026-11-30T01:02:38.816Z','');
INSERT INTO consent_log VALUES(70,'1621a390-407d-4743-969f-94a6c263a991',41,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.817Z','');
INSERT INTO consent_log VALUES(71,'5b1124bb-15e2-4684-8bcf-696c2821eb08',41,'sharing',1,'2024-01-15','2026-11-30T01:02:38.817Z','');
INSERT INTO consent_log VALUES(72,'0cbf84b3-71d6-4463-aafc-03f1ace107db',42,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.817Z','');
INSERT INTO consent_log VALUES(73,'9039be4a-6d1b-4bfa-b79b-83d3958fbe24',42,'photos',1,'2024-01-15','2026-11-30T01:02:38.817Z','');
INSERT INTO consent_log VALUES(74,'f739d9a8-7526-4094-97b3-4618ceb284a4',42,'sharing',1,'2024-01-15','2026-11-30T01:02:38.817Z','');
INSERT INTO consent_log VALUES(75,'f31cacba-d83c-490e-ba43-9fe48d947084',43,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.817Z','');
INSERT INTO consent_log VALUES(76,'08270243-ea2e-4b5e-bcd5-bca75077f2b4',43,'sharing',1,'2024-01-15','2026-11-30T01:02:38.817Z','');
INSERT INTO consent_log VALUES(77,'6393af67-ed7c-4de0-8136-035a17e94276',45,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(78,'8a66621c-9962-43b7-9e85-9d0f22c1c8e6',45,'photos',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(79,'730cb76d-47b7-4b34-93f1-46e95bb0bcec',45,'sharing',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(80,'efffc7fd-0311-4176-acfc-46ebc7474e74',46,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(81,'b4013122-8ff7-4408-a91e-6408e9c06a57',46,'sharing',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(82,'df5fdee3-72d7-4eb2-a560-8294a586cc18',47,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(83,'c96a25b0-83c0-43ff-b0eb-940fe6023709',47,'photos',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(84,'0d7eeb5b-7cac-4d83-a754-40990de8b507',47,'sharing',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(85,'5a5943e7-8bcb-465e-911e-4d7996b4be65',48,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(86,'10e7805c-d05c-4501-81c6-35a656891b28',48,'photos',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(87,'de3b93e4-46c9-4a5f-b3a5-01a269806d81',48,'sharing',1,'2024-01-15','2026-11-30T01:02:38.830Z','');
INSERT INTO consent_log VALUES(88,'d4370a5b-91fb-407a-bb52-c8996c518519',49,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(89,'9d9edc7e-7729-4728-b348-58e84f480561',49,'photos',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(90,'eb17543b-4301-49a0-880d-84deaaf55e6d',49,'sharing',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(91,'0c8910dc-efc4-4282-8976-2026ed5b0f8d',50,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(92,'588a06ba-1065-45b3-98b5-f117835e651a',50,'sharing',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(93,'491cb16c-e8b2-4a6d-b44b-9b05ecdc4e76',51,'sharing',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(94,'b4685215-aeb3-4e97-8067-54b2f6a4039c',52,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(95,'9b47471f-ae5c-4b38-9c88-892912b39b2b',52,'photos',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(96,'f1cc9c22-0e1d-4df3-873f-da0681484da8',52,'sharing',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(97,'596b6cc7-35f0-4d89-b533-990e4a02b546',53,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(98,'180d6816-9bfb-49e7-b0e0-e1b4fa679350',53,'sharing',1,'2024-01-15','2026-11-30T01:02:38.831Z','');
INSERT INTO consent_log VALUES(99,'586deffc-970c-40cd-8e0a-dbfef7d6bf6f',54,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.832Z','');
INSERT INTO consent_log VALUES(100,'2fc9f917-bc0f-4b68-814a-edab91608094',54,'photos',1,'2024-01-15','2026-11-30T01:02:38.832Z','');
INSERT INTO consent_log VALUES(101,'89da11ad-72d8-4ffb-a5cc-03d1c4f5788e',54,'sharing',1,'2024-01-15','2026-11-30T01:02:38.832Z','');
INSERT INTO consent_log VALUES(102,'703b3e72-e765-479e-990e-cf04316b15bf',55,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.832Z','');
INSERT INTO consent_log VALUES(103,'96d11b58-4cc7-4d1c-8d6f-23c9b0a50230',55,'photos',1,'2024-01-15','2026-11-30T01:02:38.832Z','');
INSERT INTO consent_log VALUES(104,'dc9dc9d2-25da-415d-99fe-c5682c4ca502',55,'sharing',1,'2024-01-15','2026-11-30T01:02:38.832Z','');
INSERT INTO consent_log VALUES(105,'e578a803-cbcf-402f-a124-c6d0d270bd8e',56,'sharing',1,'2024-01-15','2026-11-30T01:02:38.832Z','');
INSERT INTO consent_log VALUES(106,'4a22e699-24be-4781-8089-d6f1ed82d94d',57,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.833Z','');
INSERT INTO consent_log VALUES(107,'ad028da6-04b0-421a-aeda-98aae3b6ad53',57,'photos',1,'2024-01-15','2026-11-30T01:02:38.833Z','');
INSERT INTO consent_log VALUES(108,'97bc47c0-8f13-486b-8b68-26a4366f41b2',57,'sharing',1,'2024-01-15','2026-11-30T01:02:38.833Z','');
INSERT INTO consent_log VALUES(109,'03a96d37-73aa-4c04-b6a3-36aaa7695227',58,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.833Z','');
INSERT INTO consent_log VALUES(110,'390a113a-6f15-4ca1-8c03-07262defc36b',58,'sharing',1,'2024-01-15','2026-11-30T01:02:38.833Z','');
INSERT INTO consent_log VALUES(111,'9c061b58-fdc1-4ce9-8bab-05de520ac13d',59,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.845Z','');
INSERT INTO consent_log VALUES(112,'6b6264f4-1e48-4bc1-aaa3-9b9d8bdde793',59,'photos',1,'2024-01-15','2026-11-30T01:02:38.845Z','');
INSERT INTO consent_log VALUES(113,'9caa18f4-2325-4e39-85a3-a8169d129f3c',59,'sharing',1,'2024-01-15','2026-11-30T01:02:38.845Z','');
INSERT INTO consent_log VALUES(114,'cef3b224-9f09-4778-bea0-af4621b543b6',60,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(115,'d41df1ce-dbd2-48cb-8137-060345c0e927',60,'photos',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(116,'f0a6f674-f28f-4fe1-a0de-18b213b97c9a',60,'sharing',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(117,'6b3fd348-62aa-4b9d-a8a4-f4e24d7f9792',61,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(118,'6a4a1a63-0383-488a-aab1-804073aafc79',61,'photos',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(119,'87263960-5ad9-4e5c-93ed-cfe1001abfcb',61,'sharing',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(120,'907be437-06cf-444f-9917-96c916ff1e81',62,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(121,'fa3d61c3-ad9c-4312-afcd-5f9363319ac0',62,'photos',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(122,'9b168a5f-d0b1-4aaa-9ede-9616825ec5d5',62,'sharing',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(123,'3d2d088c-0481-4d2c-a24e-2f96c238e0f2',63,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(124,'1fef1d2c-2250-4fad-82d4-46f479300b38',63,'sharing',1,'2024-01-15','2026-11-30T01:02:38.846Z','');
INSERT INTO consent_log VALUES(125,'6672e855-13f4-47ae-9efc-bcb1c3154b6e',64,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(126,'a76ec344-ead7-48dc-9e87-879488ed169c',64,'photos',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(127,'93ed5ec4-cb64-4306-8995-f0342658f475',64,'sharing',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(128,'550d5672-d632-473c-8fe6-48ac2d06b05d',65,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(129,'7c5fbc15-83a5-4e5b-aa23-0623ddd335ab',65,'sharing',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(130,'cba454ee-b110-4059-825d-639f3927a20d',66,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(131,'366fdba1-f659-4b7a-a7e2-e0d70af6e741',66,'photos',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(132,'9d3a44f6-860c-46ea-9e94-4a32d253b702',66,'sharing',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(133,'845403da-13e3-4ed6-aac4-270794f0b8c5',67,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(134,'311ef534-180b-4697-9f42-2cbd0d353adc',67,'photos',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(135,'13915299-8ed3-4cd7-8fa2-b8e5c7a762aa',67,'sharing',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(136,'82cea619-5d03-4007-9282-40eaf4701bda',68,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(137,'f07b091c-1dee-4a93-8d6e-8422a3876e29',68,'sharing',1,'2024-01-15','2026-11-30T01:02:38.847Z','');
INSERT INTO consent_log VALUES(138,'d5163a11-98cc-4865-ac73-fdc6b19ac088',69,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.848Z','');
INSERT INTO consent_log VALUES(139,'c63104f4-416e-4107-84b5-f7da68dea6c5',69,'photos',1,'2024-01-15','2026-11-30T01:02:38.848Z','');
INSERT INTO consent_log VALUES(140,'0ccfdc3f-b506-480a-98c1-d070423a143e',69,'sharing',1,'2024-01-15','2026-11-30T01:02:38.848Z','');
INSERT INTO consent_log VALUES(141,'1967dc48-d11b-4caa-90bd-3988d4bd4669',70,'newsletter',1,'2024-01-15','2026-11-30T01:02:38.848Z','');
INSERT INTO consent_log VALUES(142,'a504127a-6302-43e3-8e66-124979235069',70,'photos',1,'2024-01-15','2026-11-30T01:02:38.848Z','');
INSERT INTO consent_log VALUES(143,'3cf123d3-4b9f-4a79-b90f-17ca6d69b1be',70,'sharing',1,'2024-01-15','2026-11-30T01:02:38.848Z','');
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
INSERT INTO event_kinds VALUES(1,'7c83e0a7-22c3-4698-836d-3c729f65232f','general_assembly','Mitgliederversammlung','General assembly',10,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(2,'536969c7-00bb-498c-b641-389fcd448b2e','workshop','Workshop','Workshop',20,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(3,'ebfd90dc-3901-4148-93fb-0a492a625cfd','webinar','Webinar','Webinar',30,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(4,'09e84e15-1aee-40db-b24f-ab429a66a365','conference','Fachtagung','Conference',40,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(5,'b250fb98-a5de-4ea2-95a3-638032574b3a','congress','Konferenz','Congress',50,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(6,'9a02aa6a-7bc5-41a0-a18a-36f75f9a7af0','seminar','Seminar','Seminar',60,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(7,'73a3bb15-f0de-44b9-a046-4c7625e0336e','study_trip','Studienreise','Study trip',70,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(8,'443e4c2c-51c7-4dcd-ad5a-a8581208293c','exchange','Austausch','Exchange',80,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(9,'7db7357b-2acb-43c3-8638-50d4efd2c1c8','project_meeting','Projekttreffen','Project meeting',90,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(10,'90fe2f4f-77d9-4ad6-bea1-0081e1a72ef2','training','Training','Training',100,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(11,'7e5970ed-bb41-454f-9706-2bdd34d8a5d8','board_meeting','Sitzung','Board meeting',110,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
INSERT INTO event_kinds VALUES(12,'37f15ef6-d8af-4620-a8c6-e38b3b1922c8','other','Sonstiges','Other',120,'2026-11-30T01:02:38.699Z','2026-11-30T01:02:38.699Z',1);
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
INSERT INTO events VALUES(1,'6a46b57b-86de-4a43-88e4-a32f71db0650','DEFUS-Austausch: Umsetzung der Istanbul-Konvention','defus-austausch: umsetzung der istanbul-konvention',8,NULL,'2024-02-08','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.848Z','2026-11-30T01:02:38.848Z',1);
INSERT INTO events VALUES(2,'b80635dd-c17f-4541-af4e-a44abe9879f9','SiBa-Webinar: Sichere Bahnhöfe für Alle','siba-webinar: sichere bahnhofe fur alle',3,NULL,'2024-02-13','14:00',NULL,'15:30','online','','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',NULL,0,54,'',1,'','2026-11-30T01:02:38.858Z','2026-11-30T01:02:38.858Z',1);
INSERT INTO events VALUES(3,'42bede23-1968-411b-8f5e-30829028e2af','DEFUS-Workshop: Strategische Weiterentwicklung der kommunalen Prävention','defus-workshop: strategische weiterentwicklung der kommunalen pravention',2,NULL,'2024-02-15','10:00',NULL,'16:00','on_site','Mannheim','','members','organiser','',NULL,'',25,0,NULL,'',1,'','2026-11-30T01:02:38.859Z','2026-11-30T01:02:38.859Z',1);
INSERT INTO events VALUES(4,'5c03b6c1-793f-4fc1-89cd-bc50ee9044cb','PanReflex Projekttreffen','panreflex projekttreffen',9,NULL,'2024-02-27',NULL,NULL,NULL,'on_site','Hannover','','members','organiser','Difu',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.859Z','2026-11-30T01:02:38.859Z',1);
INSERT INTO events VALUES(5,'e2ff9bb6-e610-4227-b3f1-105ae74f6174','LegiNot Projekttreffen','leginot projekttreffen',9,NULL,'2024-03-12',NULL,NULL,NULL,'online','','','members','attendee','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.860Z','2026-11-30T01:02:38.860Z',1);
INSERT INTO events VALUES(6,'c1d952f7-080d-4106-8bec-99306c17a8b7','Efus-Konferenz: Security, Democracy and Cities','efus-konferenz: security, democracy and cities',5,NULL,'2024-03-20',NULL,'2024-03-22',NULL,'on_site','Brüssel','','public','attendee','',NULL,'',NULL,0,700,'',1,'','2026-11-30T01:02:38.860Z','2026-11-30T01:02:38.860Z',1);
INSERT INTO events VALUES(7,'114e612a-de27-400e-812a-f85b696230e9','SiBa-Workshop: Toleranz und Sicherheit','siba-workshop: toleranz und sicherheit',2,NULL,'2024-04-18','10:00',NULL,'17:00','on_site','Bremen','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',30,0,30,'',1,'','2026-11-30T01:02:38.860Z','2026-11-30T01:02:38.860Z',1);
INSERT INTO events VALUES(8,'2b915f43-d80d-4abb-a681-eccfc973ab71','PanReflex Innovationsworkshop','panreflex innovationsworkshop',2,NULL,'2024-04-23',NULL,NULL,NULL,'on_site','Arnshausen','','members','organiser','',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.861Z','2026-11-30T01:02:38.861Z',1);
INSERT INTO events VALUES(9,'183f6935-0853-4049-bda6-fcb906b9c601','AK Öffentliche Sicherheit','ak offentliche sicherheit',12,NULL,'2024-04-25',NULL,NULL,NULL,'on_site','Hannover','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.873Z','2026-11-30T01:02:38.873Z',1);
INSERT INTO events VALUES(10,'d1298bf1-c6fa-4529-8022-a68acc2fad0f','26. Mitgliederversammlung','26. mitgliederversammlung',1,26,'2024-05-16','10:00',NULL,'13:00','online','','','members','organiser','',NULL,'',NULL,0,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-30T01:02:38.874Z','2026-11-30T01:02:38.874Z',1);
INSERT INTO events VALUES(11,'9d5bc39e-4237-48f0-b883-4ae89d849c8a','Deutscher Präventionstag','deutscher praventionstag',5,NULL,'2024-06-10',NULL,'2024-06-11',NULL,'on_site','Cottbus','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.875Z','2026-11-30T01:02:38.875Z',1);
INSERT INTO events VALUES(12,'6c2f083a-a84b-4d7b-91c6-1532242a03d4','Workshop Weiterentwicklung der Kommunalen Prävention auf dem DPT','workshop weiterentwicklung der kommunalen pravention auf dem dpt',2,NULL,'2024-06-11','14:00',NULL,'15:30','on_site','Cottbus','','public','co_organiser','Stadt Augsburg',NULL,'',NULL,0,25,'',1,'','2026-11-30T01:02:38.875Z','2026-11-30T01:02:38.875Z',1);
INSERT INTO events VALUES(13,'3fcc8d49-3fd1-4ff4-bda4-ea3a1fce1410','DEFUS-Austausch: Mit Trick 17 gegen Polarisierung und Extremismus','defus-austausch: mit trick 17 gegen polarisierung und extremismus',8,NULL,'2024-06-18','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.876Z','2026-11-30T01:02:38.876Z',1);
INSERT INTO events VALUES(14,'5fd6e0f9-61b1-4745-92d6-68f634819ca1','DEFUS-Austausch: Hass und Hetze gegen Amtsträger*innen','defus-austausch: hass und hetze gegen amtstrager*innen',8,NULL,'2024-06-27','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.876Z','2026-11-30T01:02:38.876Z',1);
INSERT INTO events VALUES(15,'7be681c5-a060-4474-8a52-74018cff8f0b','PanReflex-Webinar: Soziale Kohäsion und Resilienz','panreflex-webinar: soziale kohasion und resilienz',3,NULL,'2024-06-20','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,35,'',1,'','2026-11-30T01:02:38.876Z','2026-11-30T01:02:38.876Z',1);
INSERT INTO events VALUES(16,'5dd10de5-83c8-4b50-9c6b-43068aba12d8','CO-SECUR Projekttreffen','co-secur projekttreffen',9,NULL,'2024-06-04',NULL,'2024-06-05',NULL,'on_site','Helsinki','','members','attendee','',NULL,'CO-SECUR',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.877Z','2026-11-30T01:02:38.877Z',1);
INSERT INTO events VALUES(17,'6e314d3c-1850-4ad4-8c29-67ce4ddda001','Efus-Generalversammlung','efus-generalversammlung',1,NULL,'2024-06-25',NULL,NULL,NULL,'on_site','Liège','','members','attendee','',NULL,'',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.877Z','2026-11-30T01:02:38.877Z',1);
INSERT INTO events VALUES(18,'5e1bec10-26a5-428a-98eb-a5f8375c7a08','DEFUS-Studienreise nach Zürich','defus-studienreise nach zurich',7,NULL,'2024-07-04',NULL,'2024-07-05',NULL,'on_site','Zürich','','members','organiser','Stadt Zürich',NULL,'',24,0,22,'',1,'','2026-11-30T01:02:38.886Z','2026-11-30T01:02:38.886Z',1);
INSERT INTO events VALUES(19,'61a91e70-325e-403e-b10b-ee6f4907d0c9','PanReflex Projekttreffen','panreflex projekttreffen',9,NULL,'2024-08-21',NULL,NULL,NULL,'on_site','Köln','','members','organiser','',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.886Z','2026-11-30T01:02:38.886Z',1);
INSERT INTO events VALUES(20,'c34eb8de-9b96-4e00-bcb6-5562ec004bf9','Fachtagung Digitalisierung der Sexarbeit','fachtagung digitalisierung der sexarbeit',4,NULL,'2024-09-12','10:00',NULL,'16:30','on_site','Essen','','public','organiser','',5,'',80,0,80,'',1,'','2026-11-30T01:02:38.886Z','2026-11-30T01:02:38.886Z',1);
INSERT INTO events VALUES(21,'bc932504-4d5b-443f-9130-82a90d722522','Innenstadtforum sichere Innenstädte','innenstadtforum sichere innenstadte',12,NULL,'2024-09-17',NULL,NULL,NULL,'on_site','Köln','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.887Z','2026-11-30T01:02:38.887Z',1);
INSERT INTO events VALUES(22,'384a42c0-196c-4ca2-a849-9b906b3fb9cc','27. Mitgliederversammlung','27. mitgliederversammlung',1,27,'2024-09-19',NULL,'2024-09-20',NULL,'on_site','Gelsenkirchen','','members','organiser','',NULL,'',45,0,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-30T01:02:38.887Z','2026-11-30T01:02:38.887Z',1);
INSERT INTO events VALUES(23,'c381cc5a-0a4c-45d6-913b-3a91b5ffc4f1','DEFUS-Difu-Seminar: Verwaltung kann Krise','defus-difu-seminar: verwaltung kann krise',6,NULL,'2024-09-24',NULL,'2024-09-25',NULL,'on_site','Berlin','','public','co_organiser','Deutsches Institut für Urbanistik',NULL,'PanReflex',20,0,20,'',1,'','2026-11-30T01:02:38.887Z','2026-11-30T01:02:38.887Z',1);
INSERT INTO events VALUES(24,'4db431df-c4ec-4350-87e8-60da7b3ff7e0','PanReflex-Webinar: Lernen aus der Pandemie – After Action Review und Pandemieplanung','panreflex-webinar: lernen aus der pandemie – after action review und pandemieplanung',3,NULL,'2024-10-10','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,72,'',1,'','2026-11-30T01:02:38.888Z','2026-11-30T01:02:38.888Z',1);
INSERT INTO events VALUES(25,'3e0e068f-a7c2-4569-8a75-a705f99758b0','CO-SECUR Projekttreffen','co-secur projekttreffen',9,NULL,'2024-10-15',NULL,'2024-10-16',NULL,'on_site','Porto','','members','attendee','',NULL,'CO-SECUR',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.888Z','2026-11-30T01:02:38.888Z',1);
INSERT INTO events VALUES(26,'9d5c09ac-f5bc-40d1-8d13-f32b211383d9','LegiNot Projekttreffen','leginot projekttreffen',9,NULL,'2024-10-22',NULL,NULL,NULL,'on_site','Freiburg','','members','attendee','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.888Z','2026-11-30T01:02:38.888Z',1);
INSERT INTO events VALUES(27,'e4269b15-95e7-4240-81c8-f7d394451699','KOMPASS Tagung Hessen','kompass tagung hessen',4,NULL,'2024-11-06',NULL,NULL,NULL,'on_site','Wiesbaden','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.888Z','2026-11-30T01:02:38.888Z',1);
INSERT INTO events VALUES(28,'4a8836c9-c828-44f1-93c2-c58f6d953cc8','LegiNot-Webinar: Kommunen in der Polykrise','leginot-webinar: kommunen in der polykrise',3,NULL,'2024-11-14','14:00',NULL,'15:30','online','','','public','speaker','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-30T01:02:38.889Z','2026-11-30T01:02:38.889Z',1);
INSERT INTO events VALUES(29,'bd19eaaa-fac8-44a9-8eec-ad19b88373ad','SiBa-Webinar: Dortmunder Sonderstab Ordnung und Stadtleben','siba-webinar: dortmunder sonderstab ordnung und stadtleben',3,NULL,'2024-11-19','14:00',NULL,'15:30','online','','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',NULL,0,52,'',1,'','2026-11-30T01:02:38.889Z','2026-11-30T01:02:38.889Z',1);
INSERT INTO events VALUES(30,'02fc7026-747f-44f9-a05d-989d82c78767','Fachtagung Doing Crisis: Politik, Praxis und Wissenschaft im Dialog','fachtagung doing crisis: politik, praxis und wissenschaft im dialog',4,NULL,'2024-11-21','10:00',NULL,'17:00','on_site','Hannover','','public','organiser','',NULL,'LegiNot',70,0,65,'',1,'','2026-11-30T01:02:38.900Z','2026-11-30T01:02:38.900Z',1);
INSERT INTO events VALUES(31,'13bfbd57-29c9-4700-ae62-ab6ecc9c41b9','Efus-Exekutivkomitee','efus-exekutivkomitee',11,NULL,'2024-12-05',NULL,NULL,NULL,'on_site','Köln','','members','attendee','',NULL,'',NULL,0,40,'',1,'','2026-11-30T01:02:38.900Z','2026-11-30T01:02:38.900Z',1);
INSERT INTO events VALUES(32,'410ead5e-8fd7-47d1-a07e-0d7aad40bb10','PanReflex-Webinar: Inklusiver Katastrophenschutz','panreflex-webinar: inklusiver katastrophenschutz',3,NULL,'2024-12-05','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,57,'',1,'','2026-11-30T01:02:38.900Z','2026-11-30T01:02:38.900Z',1);
INSERT INTO events VALUES(33,'67d832bf-455e-4441-97bb-844cd032a3ce','PanReflex-Webinar: Psychosoziales Lagebild','panreflex-webinar: psychosoziales lagebild',3,NULL,'2025-01-22','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-30T01:02:38.901Z','2026-11-30T01:02:38.901Z',1);
INSERT INTO events VALUES(34,'d5ed2365-b360-4093-81cb-8c0f92f2ec97','DEFUS-Webaustausch: Vorstellung EQAL-Projekt','defus-webaustausch: vorstellung eqal-projekt',8,NULL,'2025-02-12','14:00',NULL,'15:00','online','','','members','organiser','',NULL,'',NULL,1,NULL,'',1,'','2026-11-30T01:02:38.909Z','2026-11-30T01:02:38.909Z',1);
INSERT INTO events VALUES(35,'18e9547f-c505-448c-9e13-a89d3b802a1f','PanReflex-Webinar: Konzepte des flexiblen Personaleinsatzes','panreflex-webinar: konzepte des flexiblen personaleinsatzes',3,NULL,'2025-03-06','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-30T01:02:38.910Z','2026-11-30T01:02:38.910Z',1);
INSERT INTO events VALUES(36,'598d44ec-2eb8-4d9b-afd4-db404ba5ec75','SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel','siba-workshop 2025: das frankfurter bahnhofsviertel',2,NULL,'2025-03-13',NULL,'2025-03-14',NULL,'on_site','Frankfurt am Main','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',20,0,NULL,'',1,'','2026-11-30T01:02:38.910Z','2026-11-30T01:02:38.910Z',1);
INSERT INTO events VALUES(37,'354df922-07ce-497b-b851-aeb969d90232','PanReflex-Webinar: Schließen der Risk Perception Action Gap','panreflex-webinar: schliessen der risk perception action gap',3,NULL,'2025-04-03','14:00',NULL,'15:00','online','','','public','organiser','Fraunhofer INT',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-30T01:02:38.910Z','2026-11-30T01:02:38.910Z',1);
INSERT INTO events VALUES(38,'72d4de24-ddc9-4661-80de-347edf0b8e7e','Pufii Training: Demokratische Resilienz','pufii training: demokratische resilienz',10,NULL,'2025-04-03',NULL,'2025-04-04',NULL,'on_site','Hannover','','public','organiser','CommunAid gGmbH',NULL,'Pufii',16,1,NULL,'',1,'','2026-11-30T01:02:38.911Z','2026-11-30T01:02:38.911Z',1);
INSERT INTO events VALUES(39,'c6588b7f-9502-48e3-8a07-ecb83a783dba','Difu & DEFUS Seminar: Sichere Städte – marginalisierte Gruppen im öffentlichen Raum','difu & defus seminar: sichere stadte – marginalisierte gruppen im offentlichen raum',6,NULL,'2025-05-15',NULL,'2025-05-16',NULL,'on_site','Berlin','','public','co_organiser','Deutsches Institut für Urbanistik',NULL,'',25,1,NULL,'',1,'','2026-11-30T01:02:38.911Z','2026-11-30T01:02:38.911Z',1);
INSERT INTO events VALUES(40,'8d13dd35-6c0f-4876-b653-210e005e7187','28. Mitgliederversammlung','28. mitgliederversammlung',1,28,'2025-09-16',NULL,'2025-09-17',NULL,'on_site','Stuttgart','','members','organiser','',NULL,'',45,1,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-30T01:02:38.911Z','2026-11-30T01:02:38.911Z',1);
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
INSERT INTO registrations VALUES(1,'1bb5daa8-3fca-413d-84d8-3bf1fb0c243f',22,46,'attended','phone','2024-07-15T09:00:00.000Z',NULL,'','2026-11-30T01:02:38.925Z','2026-11-30T01:02:38.980Z',2);
INSERT INTO registrations VALUES(2,'bf85d062-9759-482b-9986-6a85ad476d44',22,8,'attended','email','2024-07-15T16:10:00.000Z',NULL,'','2026-11-30T01:02:38.927Z','2026-11-30T01:02:38.980Z',2);
INSERT INTO registrations VALUES(3,'0472e6df-74e9-490d-aea9-87e8b48bdb22',22,47,'attended','form','2024-07-15T23:20:00.000Z',NULL,'','2026-11-30T01:02:38.927Z','2026-11-30T01:02:38.980Z',2);
INSERT INTO registrations VALUES(4,'242095e9-eedb-4f53-bfa2-c0a98d3b544f',22,38,'cancelled','phone','2024-07-16T06:30:00.000Z',NULL,'','2026-11-30T01:02:38.927Z','2026-11-30T01:02:38.981Z',2);
INSERT INTO registrations VALUES(5,'4324d5ef-4b0a-4b17-9a5e-ecefacae98f6',22,60,'attended','email','2024-07-16T13:40:00.000Z',NULL,'','2026-11-30T01:02:38.928Z','2026-11-30T01:02:38.998Z',2);
INSERT INTO registrations VALUES(6,'60bf128e-fb33-42aa-850f-1b59d4983abd',22,25,'no_show','form','2024-07-16T20:00:00.000Z',NULL,'','2026-11-30T01:02:38.928Z','2026-11-30T01:02:38.998Z',2);
INSERT INTO registrations VALUES(7,'7dd5f304-c5cb-4175-b483-d6aa1193cd45',22,34,'attended','phone','2024-07-17T03:10:00.000Z',NULL,'','2026-11-30T01:02:38.928Z','2026-11-30T01:02:38.998Z',2);
INSERT INTO registrations VALUES(8,'3edd7978-b2cc-45a7-ae25-b201d1adcb87',22,50,'attended','email','2024-07-17T10:20:00.000Z',NULL,'','2026-11-30T01:02:38.929Z','2026-11-30T01:02:38.998Z',2);
INSERT INTO registrations VALUES(9,'37b8fce9-f611-4269-8e73-dd832c9ceb32',22,57,'attended','form','2024-07-17T17:30:00.000Z',NULL,'','2026-11-30T01:02:38.929Z','2026-11-30T01:02:38.999Z',2);
INSERT INTO registrations VALUES(10,'3ae54d85-cfd1-49d8-816f-de99fd17195d',22,43,'cancelled','phone','2024-07-18T00:40:00.000Z',NULL,'','2026-11-30T01:02:38.942Z','2026-11-30T01:02:38.999Z',2);
INSERT INTO registrations VALUES(11,'beb2b489-a6a4-4bd0-99ac-bd526f4fe111',22,62,'attended','email','2024-07-18T07:00:00.000Z',NULL,'','2026-11-30T01:02:38.942Z','2026-11-30T01:02:38.999Z',2);
INSERT INTO registrations VALUES(12,'b93e60a0-1ed0-4163-b4e4-54a93f4778bc',22,39,'attended','form','2024-07-18T14:10:00.000Z',NULL,'','2026-11-30T01:02:38.942Z','2026-11-30T01:02:39.000Z',2);
INSERT INTO registrations VALUES(13,'30c9f6a5-31c4-4f9a-857f-d96a79a83bfc',22,7,'attended','phone','2024-07-18T21:20:00.000Z',NULL,'','2026-11-30T01:02:38.943Z','2026-11-30T01:02:39.000Z',2);
INSERT INTO registrations VALUES(14,'afb70233-df05-4827-9732-704105fdf1db',22,58,'no_show','email','2024-07-19T04:30:00.000Z',NULL,'','2026-11-30T01:02:38.943Z','2026-11-30T01:02:39.000Z',2);
INSERT INTO registrations VALUES(15,'7f19f4dd-71b5-4236-8c49-b95c6d951cc1',22,26,'attended','form','2024-07-19T11:40:00.000Z',NULL,'','2026-11-30T01:02:38.943Z','2026-11-30T01:02:39.000Z',2);
INSERT INTO registrations VALUES(16,'3ec5b169-1b45-4fa6-b74d-42254cd369ea',22,70,'attended','phone','2024-07-19T18:00:00.000Z',NULL,'','2026-11-30T01:02:38.944Z','2026-11-30T01:02:39.001Z',2);
INSERT INTO registrations VALUES(17,'fb8c1b13-db28-4c0e-84b8-03b8aa57b4a0',22,5,'attended','email','2024-07-20T01:10:00.000Z',NULL,'','2026-11-30T01:02:38.944Z','2026-11-30T01:02:39.001Z',2);
INSERT INTO registrations VALUES(18,'d2450514-3902-4f2c-a306-097bf5c1d357',22,51,'attended','form','2024-07-20T08:20:00.000Z',NULL,'','2026-11-30T01:02:38.945Z','2026-11-30T01:02:39.013Z',2);
INSERT INTO registrations VALUES(19,'bf1f583f-2b23-4bf9-aa03-dd637788a795',22,63,'attended','phone','2024-07-20T15:30:00.000Z',NULL,'','2026-11-30T01:02:38.945Z','2026-11-30T01:02:39.014Z',2);
INSERT INTO registrations VALUES(20,'db0f754b-a98c-449f-b98c-9726d28a4533',22,30,'attended','email','2024-07-20T22:40:00.000Z',NULL,'','2026-11-30T01:02:38.962Z','2026-11-30T01:02:39.014Z',2);
INSERT INTO registrations VALUES(21,'947c299a-4f98-4c11-86f0-5e3268863e7c',22,67,'attended','form','2024-07-21T05:00:00.000Z',NULL,'','2026-11-30T01:02:38.962Z','2026-11-30T01:02:39.014Z',2);
INSERT INTO registrations VALUES(22,'a5dcd605-2b9c-4c23-9f52-483735cefc1f',22,37,'attended','phone','2024-07-21T12:10:00.000Z',NULL,'','2026-11-30T01:02:38.963Z','2026-11-30T01:02:39.014Z',2);
INSERT INTO registrations VALUES(23,'16be9e28-05fb-44e0-ab15-cfce99780bd8',22,59,'attended','email','2024-07-21T19:20:00.000Z',NULL,'','2026-11-30T01:02:38.963Z','2026-11-30T01:02:39.015Z',2);
INSERT INTO registrations VALUES(24,'8d120a33-a09b-4c25-a769-15f0367e34de',22,29,'attended','form','2024-07-22T02:30:00.000Z',NULL,'','2026-11-30T01:02:38.964Z','2026-11-30T01:02:39.015Z',2);
INSERT INTO registrations VALUES(25,'8c348387-0a02-49af-a3b9-12c2492d0331',22,53,'attended','phone','2024-07-22T09:40:00.000Z',NULL,'','2026-11-30T01:02:38.964Z','2026-11-30T01:02:39.015Z',2);
INSERT INTO registrations VALUES(26,'1c126a83-196f-4654-b5e7-854919a963c5',22,21,'attended','email','2024-07-22T16:00:00.000Z',NULL,'','2026-11-30T01:02:38.964Z','2026-11-30T01:02:39.015Z',2);
INSERT INTO registrations VALUES(27,'9eb46883-b141-4c48-87ca-9f94b3699e58',22,48,'attended','form','2024-07-22T23:10:00.000Z',NULL,'','2026-11-30T01:02:38.964Z','2026-11-30T01:02:39.015Z',2);
INSERT INTO registrations VALUES(28,'d71db378-c971-4982-b381-b3e63d7f6aa5',22,6,'attended','phone','2024-07-23T06:20:00.000Z',NULL,'','2026-11-30T01:02:38.965Z','2026-11-30T01:02:39.016Z',2);
INSERT INTO registrations VALUES(29,'e32a4025-f53f-4383-87fb-cc1857229bcf',22,56,'attended','email','2024-07-23T13:30:00.000Z',NULL,'','2026-11-30T01:02:38.965Z','2026-11-30T01:02:39.016Z',2);
INSERT INTO registrations VALUES(30,'c599dc6f-6c5d-41c9-8afb-e72ad81cecfd',22,66,'attended','form','2024-07-23T20:40:00.000Z',NULL,'','2026-11-30T01:02:38.978Z','2026-11-30T01:02:39.016Z',2);
INSERT INTO registrations VALUES(31,'6ccc09bf-3085-47d7-b844-149f7280361e',22,32,'attended','phone','2024-07-24T03:00:00.000Z',NULL,'','2026-11-30T01:02:38.978Z','2026-11-30T01:02:39.016Z',2);
INSERT INTO registrations VALUES(32,'85613457-8c67-46da-8a22-17f4f4181f48',22,42,'attended','email','2024-07-24T10:10:00.000Z',NULL,'','2026-11-30T01:02:38.979Z','2026-11-30T01:02:39.017Z',2);
INSERT INTO registrations VALUES(33,'ee4a374d-b103-4184-95f5-051711a197dc',22,28,'attended','form','2024-07-24T17:20:00.000Z',NULL,'','2026-11-30T01:02:38.979Z','2026-11-30T01:02:39.017Z',2);
INSERT INTO registrations VALUES(34,'a5427a01-7fb9-40fd-888e-1e8abf2c516f',22,33,'attended','phone','2024-07-25T00:30:00.000Z',NULL,'','2026-11-30T01:02:38.980Z','2026-11-30T01:02:39.033Z',2);
INSERT INTO registrations VALUES(35,'de2f1c4f-b3e5-43ca-a105-6265445c694c',18,34,'attended','phone','2024-04-02T09:00:00.000Z',NULL,'','2026-11-30T01:02:39.035Z','2026-11-30T01:02:39.089Z',2);
INSERT INTO registrations VALUES(36,'4b4853ab-5678-4d0c-86d2-30cab57a5fee',18,50,'attended','email','2024-04-02T16:10:00.000Z',NULL,'','2026-11-30T01:02:39.036Z','2026-11-30T01:02:39.105Z',2);
INSERT INTO registrations VALUES(37,'f7bec5d6-dc85-4d32-92bf-2d2872052290',18,57,'attended','form','2024-04-02T23:20:00.000Z',NULL,'','2026-11-30T01:02:39.036Z','2026-11-30T01:02:39.106Z',2);
INSERT INTO registrations VALUES(38,'6cec3694-8fcc-4e23-afe8-6ce800ec71a5',18,43,'cancelled','phone','2024-04-03T06:30:00.000Z',NULL,'','2026-11-30T01:02:39.036Z','2026-11-30T01:02:39.106Z',2);
INSERT INTO registrations VALUES(39,'a4e0f13a-54bb-400c-82cd-1cab9fac2964',18,62,'attended','email','2024-04-03T13:40:00.000Z',NULL,'','2026-11-30T01:02:39.037Z','2026-11-30T01:02:39.107Z',2);
INSERT INTO registrations VALUES(40,'8f62e753-7c98-42b1-bc1d-4f166ef052e1',18,39,'no_show','form','2024-04-03T20:00:00.000Z',NULL,'','2026-11-30T01:02:39.049Z','2026-11-30T01:02:39.107Z',2);
INSERT INTO registrations VALUES(41,'8bc8727c-50fa-41a0-9bae-235f8b211e4a',18,7,'attended','phone','2024-04-04T03:10:00.000Z',NULL,'','2026-11-30T01:02:39.051Z','2026-11-30T01:02:39.107Z',2);
INSERT INTO registrations VALUES(42,'aa338c77-bbd0-4519-a686-1ca59f4a7ec2',18,58,'attended','email','2024-04-04T10:20:00.000Z',NULL,'','2026-11-30T01:02:39.051Z','2026-11-30T01:02:39.108Z',2);
INSERT INTO registrations VALUES(43,'813f8920-d1dd-49d0-aef5-cc0726aa78e6',18,26,'attended','form','2024-04-04T17:30:00.000Z',NULL,'','2026-11-30T01:02:39.052Z','2026-11-30T01:02:39.108Z',2);
INSERT INTO registrations VALUES(44,'6eb79986-812a-413c-9507-4173c8ce4d19',18,70,'attended','phone','2024-04-05T00:40:00.000Z',NULL,'','2026-11-30T01:02:39.052Z','2026-11-30T01:02:39.108Z',2);
INSERT INTO registrations VALUES(45,'1df9e875-b4b6-4f18-9919-b96bdd5aa7e7',18,5,'attended','email','2024-04-05T07:00:00.000Z',NULL,'','2026-11-30T01:02:39.052Z','2026-11-30T01:02:39.109Z',2);
INSERT INTO registrations VALUES(46,'2e858279-87a7-484c-b60f-322e4d4333d7',18,51,'attended','form','2024-04-05T14:10:00.000Z',NULL,'','2026-11-30T01:02:39.053Z','2026-11-30T01:02:39.109Z',2);
INSERT INTO registrations VALUES(47,'eaf6b334-3228-474f-9f7b-3459f65cf670',18,63,'attended','phone','2024-04-05T21:20:00.000Z',NULL,'','2026-11-30T01:02:39.053Z','2026-11-30T01:02:39.126Z',2);
INSERT INTO registrations VALUES(48,'1d06a97f-c33e-479e-a1ff-68e1a51e5b54',18,30,'no_show','email','2024-04-06T04:30:00.000Z',NULL,'','2026-11-30T01:02:39.070Z','2026-11-30T01:02:39.126Z',2);
INSERT INTO registrations VALUES(49,'be5f6c41-adf0-4f2b-bcc1-e4a29127e011',18,67,'attended','form','2024-04-06T11:40:00.000Z',NULL,'','2026-11-30T01:02:39.071Z','2026-11-30T01:02:39.126Z',2);
INSERT INTO registrations VALUES(50,'d623f87b-4433-4fd9-849f-d0d972f7ddcd',18,37,'attended','phone','2024-04-06T18:00:00.000Z',NULL,'','2026-11-30T01:02:39.071Z','2026-11-30T01:02:39.126Z',2);
INSERT INTO registrations VALUES(51,'54512b98-4c9d-499e-a677-a7d8b63d1794',18,59,'attended','email','2024-04-07T01:10:00.000Z',NULL,'','2026-11-30T01:02:39.072Z','2026-11-30T01:02:39.127Z',2);
INSERT INTO registrations VALUES(52,'908ad839-cffd-4bd6-a227-5ff171d28c0e',18,29,'attended','form','2024-04-07T08:20:00.000Z',NULL,'','2026-11-30T01:02:39.072Z','2026-11-30T01:02:39.127Z',2);
INSERT INTO registrations VALUES(53,'54bbfde4-9d1e-4051-99ea-e41e2adb2af1',18,53,'attended','phone','2024-04-07T15:30:00.000Z',NULL,'','2026-11-30T01:02:39.073Z','2026-11-30T01:02:39.127Z',2);
INSERT INTO registrations VALUES(54,'45d9c391-c211-4101-85a0-73ab7cb19f41',18,21,'attended','email','2024-04-07T22:40:00.000Z',NULL,'','2026-11-30T01:02:39.073Z','2026-11-30T01:02:39.128Z',2);
INSERT INTO registrations VALUES(55,'fe60520b-eb2a-4171-ba9d-e2d348fd4cab',18,48,'attended','form','2024-04-08T05:00:00.000Z',NULL,'','2026-11-30T01:02:39.086Z','2026-11-30T01:02:39.128Z',2);
INSERT INTO registrations VALUES(56,'ab7992a5-096c-4e28-95dd-e363d7750a73',18,6,'attended','phone','2024-04-08T12:10:00.000Z',NULL,'','2026-11-30T01:02:39.086Z','2026-11-30T01:02:39.128Z',2);
INSERT INTO registrations VALUES(57,'cf9dc8a9-b13c-4e29-8c87-19a04e046bb9',18,56,'attended','email','2024-04-08T19:20:00.000Z',NULL,'','2026-11-30T01:02:39.087Z','2026-11-30T01:02:39.128Z',2);
INSERT INTO registrations VALUES(58,'a243b685-e06d-4213-bd34-f4d14ad15533',18,66,'attended','form','2024-04-09T02:30:00.000Z',NULL,'','2026-11-30T01:02:39.087Z','2026-11-30T01:02:39.129Z',2);
INSERT INTO registrations VALUES(59,'9605070b-e8ca-4541-80c2-bc6063cdc311',18,32,'attended','phone','2024-04-09T09:40:00.000Z',NULL,'','2026-11-30T01:02:39.088Z','2026-11-30T01:02:39.129Z',3);
INSERT INTO registrations VALUES(60,'1df12213-6431-4524-9efb-f1b689d41900',18,42,'waitlisted','email','2024-04-09T16:00:00.000Z','2024-04-09T16:00:00.000Z','','2026-11-30T01:02:39.088Z','2026-11-30T01:02:39.088Z',1);
INSERT INTO registrations VALUES(61,'7f12fae1-a6e4-469f-8566-9dd2da4eaa05',18,28,'waitlisted','form','2024-04-09T23:10:00.000Z','2024-04-09T23:10:00.000Z','','2026-11-30T01:02:39.089Z','2026-11-30T01:02:39.089Z',1);
INSERT INTO registrations VALUES(62,'b98ea014-9b0f-46a6-88c9-e7925e901658',3,62,'attended','phone','2024-01-10T09:00:00.000Z',NULL,'','2026-11-30T01:02:39.143Z','2026-11-30T01:02:39.177Z',2);
INSERT INTO registrations VALUES(63,'c952e402-373d-4d74-a3fd-d76dd2eb14b6',3,39,'attended','email','2024-01-10T16:10:00.000Z',NULL,'','2026-11-30T01:02:39.144Z','2026-11-30T01:02:39.178Z',2);
INSERT INTO registrations VALUES(64,'81b3e0cc-6ef4-4567-a71c-64e0181f927c',3,7,'attended','form','2024-01-10T23:20:00.000Z',NULL,'','2026-11-30T01:02:39.144Z','2026-11-30T01:02:39.178Z',2);
INSERT INTO registrations VALUES(65,'e1e49d6f-0c03-4ffc-9918-edc8a50f8957',3,58,'cancelled','phone','2024-01-11T06:30:00.000Z',NULL,'','2026-11-30T01:02:39.144Z','2026-11-30T01:02:39.178Z',2);
INSERT INTO registrations VALUES(66,'71628174-c376-429d-97d4-d9a94ffbe172',3,26,'attended','email','2024-01-11T13:40:00.000Z',NULL,'','2026-11-30T01:02:39.145Z','2026-11-30T01:02:39.179Z',2);
INSERT INTO registrations VALUES(67,'22fdf618-fe2b-4e00-8f3b-f2080f71631e',3,70,'attended','form','2024-01-11T20:00:00.000Z',NULL,'','2026-11-30T01:02:39.161Z','2026-11-30T01:02:39.179Z',2);
INSERT INTO registrations VALUES(68,'ff0f4efd-5da1-4da4-b60f-4b98852f0b43',3,5,'attended','phone','2024-01-12T03:10:00.000Z',NULL,'','2026-11-30T01:02:39.162Z','2026-11-30T01:02:39.179Z',2);
INSERT INTO registrations VALUES(69,'9283cab6-c1f3-4bc2-a763-6a9a1060fa4f',3,51,'attended','email','2024-01-12T10:20:00.000Z',NULL,'','2026-11-30T01:02:39.163Z','2026-11-30T01:02:39.180Z',2);
INSERT INTO registrations VALUES(70,'aae65c9f-8056-467d-8c72-496ab943a47e',3,63,'attended','form','2024-01-12T17:30:00.000Z',NULL,'','2026-11-30T01:02:39.163Z','2026-11-30T01:02:39.180Z',2);
INSERT INTO registrations VALUES(71,'76c4a302-ffd9-47f8-a963-a59a49a43e06',3,30,'attended','phone','2024-01-13T00:40:00.000Z',NULL,'','2026-11-30T01:02:39.163Z','2026-11-30T01:02:39.180Z',2);
INSERT INTO registrations VALUES(72,'52acec8b-3eb5-4c59-a4e3-35cb8e9b107c',3,67,'attended','email','2024-01-13T07:00:00.000Z',NULL,'','2026-11-30T01:02:39.164Z','2026-11-30T01:02:39.181Z',2);
INSERT INTO registrations VALUES(73,'f89f11f8-9183-4705-88c5-4837439da94b',3,37,'attended','form','2024-01-13T14:10:00.000Z',NULL,'','2026-11-30T01:02:39.164Z','2026-11-30T01:02:39.181Z',2);
INSERT INTO registrations VALUES(74,'01acf8d8-dbaf-4489-92ef-611923e6a526',3,59,'attended','phone','2024-01-13T21:20:00.000Z',NULL,'','2026-11-30T01:02:39.164Z','2026-11-30T01:02:39.197Z',2);
INSERT INTO registrations VALUES(75,'84701961-8c10-4aa1-b96a-1e62d99c95f1',3,29,'attended','email','2024-01-14T04:30:00.000Z',NULL,'','2026-11-30T01:02:39.165Z','2026-11-30T01:02:39.198Z',2);
INSERT INTO registrations VALUES(76,'4b7ce2b2-4755-4d24-9da4-85766cd206c8',20,38,'registered','phone','2024-06-20T09:00:00.000Z',NULL,'','2026-11-30T01:02:39.199Z','2026-11-30T01:02:39.199Z',1);
INSERT INTO registrations VALUES(77,'2f326c4a-2685-4e7e-a51a-cf36a59aae3c',20,60,'registered','email','2024-06-20T16:10:00.000Z',NULL,'','2026-11-30T01:02:39.200Z','2026-11-30T01:02:39.200Z',1);
INSERT INTO registrations VALUES(78,'67e86892-636a-4b57-b8c1-7dcfeca41e0d',20,25,'registered','form','2024-06-20T23:20:00.000Z',NULL,'','2026-11-30T01:02:39.214Z','2026-11-30T01:02:39.214Z',1);
INSERT INTO registrations VALUES(79,'2015fe15-a43d-43f6-85fd-6fd444414ccf',20,34,'cancelled','phone','2024-06-21T06:30:00.000Z',NULL,'','2026-11-30T01:02:39.214Z','2026-11-30T01:02:39.253Z',2);
INSERT INTO registrations VALUES(80,'fa23f4f4-c209-410e-a8d8-750a8a629452',20,50,'registered','email','2024-06-21T13:40:00.000Z',NULL,'','2026-11-30T01:02:39.215Z','2026-11-30T01:02:39.215Z',1);
INSERT INTO registrations VALUES(81,'282b45ca-6aeb-4bd5-bd0b-e5c0a0f870dc',20,57,'registered','form','2024-06-21T20:00:00.000Z',NULL,'','2026-11-30T01:02:39.215Z','2026-11-30T01:02:39.215Z',1);
INSERT INTO registrations VALUES(82,'0c2b8013-2357-4988-bf87-66dbd5c8d563',20,43,'registered','phone','2024-06-22T03:10:00.000Z',NULL,'','2026-11-30T01:02:39.215Z','2026-11-30T01:02:39.215Z',1);
INSERT INTO registrations VALUES(83,'8201f52e-379d-4ee1-8c8f-418e1a31cdf3',20,62,'registered','email','2024-06-22T10:20:00.000Z',NULL,'','2026-11-30T01:02:39.216Z','2026-11-30T01:02:39.216Z',1);
INSERT INTO registrations VALUES(84,'49f5ff06-2164-47e0-b1be-2824220f4256',20,39,'registered','form','2024-06-22T17:30:00.000Z',NULL,'','2026-11-30T01:02:39.216Z','2026-11-30T01:02:39.216Z',1);
INSERT INTO registrations VALUES(85,'71f715a9-2787-48fb-b08b-81e1336f6901',20,7,'cancelled','phone','2024-06-23T00:40:00.000Z',NULL,'','2026-11-30T01:02:39.216Z','2026-11-30T01:02:39.270Z',2);
INSERT INTO registrations VALUES(86,'7c2b6cad-276c-4f39-9d6b-b32edb79992a',20,58,'registered','email','2024-06-23T07:00:00.000Z',NULL,'','2026-11-30T01:02:39.217Z','2026-11-30T01:02:39.217Z',1);
INSERT INTO registrations VALUES(87,'dfa72511-26df-4eb5-8277-1b1a697b7aef',20,26,'registered','form','2024-06-23T14:10:00.000Z',NULL,'','2026-11-30T01:02:39.233Z','2026-11-30T01:02:39.233Z',1);
INSERT INTO registrations VALUES(88,'046eee86-6de2-47ff-948c-d2864d5d7104',20,70,'registered','phone','2024-06-23T21:20:00.000Z',NULL,'','2026-11-30T01:02:39.235Z','2026-11-30T01:02:39.235Z',1);
INSERT INTO registrations VALUES(89,'832b6e45-e73a-4945-b892-5642f08ebb5d',20,5,'registered','email','2024-06-24T04:30:00.000Z',NULL,'','2026-11-30T01:02:39.235Z','2026-11-30T01:02:39.235Z',1);
INSERT INTO registrations VALUES(90,'b21b4d92-347d-476f-b025-c0525fb2953c',20,51,'registered','form','2024-06-24T11:40:00.000Z',NULL,'','2026-11-30T01:02:39.235Z','2026-11-30T01:02:39.235Z',1);
INSERT INTO registrations VALUES(91,'c1d51778-9218-4818-9137-6f0c64df804e',20,63,'registered','phone','2024-06-24T18:00:00.000Z',NULL,'','2026-11-30T01:02:39.236Z','2026-11-30T01:02:39.236Z',1);
INSERT INTO registrations VALUES(92,'6244758d-b9ce-4840-8910-9549d18b8d0b',20,30,'registered','email','2024-06-25T01:10:00.000Z',NULL,'','2026-11-30T01:02:39.236Z','2026-11-30T01:02:39.236Z',1);
INSERT INTO registrations VALUES(93,'43219340-630a-4022-88e0-77072b1854b7',20,67,'registered','form','2024-06-25T08:20:00.000Z',NULL,'','2026-11-30T01:02:39.236Z','2026-11-30T01:02:39.236Z',1);
INSERT INTO registrations VALUES(94,'4481c857-8027-4bdd-9d08-1c86cef6c261',20,37,'registered','phone','2024-06-25T15:30:00.000Z',NULL,'','2026-11-30T01:02:39.237Z','2026-11-30T01:02:39.237Z',1);
INSERT INTO registrations VALUES(95,'a4b1624d-3e11-4dc5-a078-aea1e5a957d8',20,59,'registered','email','2024-06-25T22:40:00.000Z',NULL,'','2026-11-30T01:02:39.249Z','2026-11-30T01:02:39.249Z',1);
INSERT INTO registrations VALUES(96,'0946e0ce-0fe0-469d-b865-c4dc2123caba',20,29,'registered','form','2024-06-26T05:00:00.000Z',NULL,'','2026-11-30T01:02:39.251Z','2026-11-30T01:02:39.251Z',1);
INSERT INTO registrations VALUES(97,'3ca29e9a-458b-4c7a-b8f9-4e04911d6417',20,53,'registered','phone','2024-06-26T12:10:00.000Z',NULL,'','2026-11-30T01:02:39.251Z','2026-11-30T01:02:39.251Z',1);
INSERT INTO registrations VALUES(98,'0027ef35-3b5c-476b-92d6-c2ce380ca4c3',20,21,'registered','email','2024-06-26T19:20:00.000Z',NULL,'','2026-11-30T01:02:39.251Z','2026-11-30T01:02:39.251Z',1);
INSERT INTO registrations VALUES(99,'6108f73e-0f53-49de-ab7a-41ecba4836d6',20,48,'registered','form','2024-06-27T02:30:00.000Z',NULL,'','2026-11-30T01:02:39.252Z','2026-11-30T01:02:39.252Z',1);
INSERT INTO registrations VALUES(100,'099d3266-38fc-444f-9eb1-cbfc26c60380',20,6,'registered','phone','2024-06-27T09:40:00.000Z',NULL,'','2026-11-30T01:02:39.252Z','2026-11-30T01:02:39.252Z',1);
INSERT INTO registrations VALUES(101,'75e5dd62-7037-4b5d-b8f6-4ea81e6a4c42',20,56,'registered','email','2024-06-27T16:00:00.000Z',NULL,'','2026-11-30T01:02:39.252Z','2026-11-30T01:02:39.252Z',1);
INSERT INTO registrations VALUES(102,'39acf125-d45c-4ffb-89fa-c9c984f5f3f0',36,7,'registered','phone','2024-12-02T09:00:00.000Z',NULL,'','2026-11-30T01:02:39.271Z','2026-11-30T01:02:39.271Z',1);
INSERT INTO registrations VALUES(103,'767a18c2-1055-477b-9128-63eaab6edaf0',36,58,'registered','email','2024-12-02T16:10:00.000Z',NULL,'','2026-11-30T01:02:39.272Z','2026-11-30T01:02:39.272Z',1);
INSERT INTO registrations VALUES(104,'36952ddc-4557-404c-a14e-a7812d5e239c',36,26,'registered','form','2024-12-02T23:20:00.000Z',NULL,'','2026-11-30T01:02:39.272Z','2026-11-30T01:02:39.272Z',1);
INSERT INTO registrations VALUES(105,'6bef7860-cbf5-4219-8de2-4685f368e570',36,70,'registered','phone','2024-12-03T06:30:00.000Z',NULL,'','2026-11-30T01:02:39.272Z','2026-11-30T01:02:39.272Z',1);
INSERT INTO registrations VALUES(106,'f7c99454-b89b-43f8-854d-e94bc7d24ca9',36,5,'registered','email','2024-12-03T13:40:00.000Z',NULL,'','2026-11-30T01:02:39.272Z','2026-11-30T01:02:39.272Z',1);
INSERT INTO registrations VALUES(107,'341ee42a-658a-4b00-85f5-ebfec5384598',36,51,'registered','form','2024-12-03T20:00:00.000Z',NULL,'','2026-11-30T01:02:39.273Z','2026-11-30T01:02:39.273Z',1);
INSERT INTO registrations VALUES(108,'9c42d01b-76f8-4184-8ef3-46e7075833e9',36,63,'registered','phone','2024-12-04T03:10:00.000Z',NULL,'','2026-11-30T01:02:39.273Z','2026-11-30T01:02:39.273Z',1);
INSERT INTO registrations VALUES(109,'2137a6e5-2f44-43c4-80c6-b2d6e0b2160a',36,30,'registered','email','2024-12-04T10:20:00.000Z',NULL,'','2026-11-30T01:02:39.286Z','2026-11-30T01:02:39.286Z',1);
INSERT INTO registrations VALUES(110,'1cfadd5b-3e4f-40cb-9ca9-1595a07a520a',36,67,'registered','form','2024-12-04T17:30:00.000Z',NULL,'','2026-11-30T01:02:39.286Z','2026-11-30T01:02:39.286Z',1);
INSERT INTO registrations VALUES(111,'1ed993fc-681b-40cf-bddb-0add14a3a0c0',36,37,'registered','phone','2024-12-05T00:40:00.000Z',NULL,'','2026-11-30T01:02:39.286Z','2026-11-30T01:02:39.286Z',1);
INSERT INTO registrations VALUES(112,'8f9362d5-a0dd-44ca-a831-a7e96f592221',36,59,'registered','email','2024-12-05T07:00:00.000Z',NULL,'','2026-11-30T01:02:39.287Z','2026-11-30T01:02:39.287Z',1);
INSERT INTO registrations VALUES(113,'221ec670-8117-43e9-a605-36ec66586303',36,29,'registered','form','2024-12-05T14:10:00.000Z',NULL,'','2026-11-30T01:02:39.287Z','2026-11-30T01:02:39.287Z',1);
INSERT INTO registrations VALUES(114,'9b0ecab1-55d3-49d7-b858-ef0a75b752d0',36,53,'registered','phone','2024-12-05T21:20:00.000Z',NULL,'','2026-11-30T01:02:39.287Z','2026-11-30T01:02:39.287Z',1);
INSERT INTO registrations VALUES(115,'72efba7a-5646-4e89-89fc-844d6849653c',36,21,'registered','email','2024-12-06T04:30:00.000Z',NULL,'','2026-11-30T01:02:39.287Z','2026-11-30T01:02:39.287Z',1);
INSERT INTO registrations VALUES(116,'c9ee72cf-49a9-4bf2-98d0-933bec009e38',36,48,'registered','form','2024-12-06T11:40:00.000Z',NULL,'','2026-11-30T01:02:39.288Z','2026-11-30T01:02:39.288Z',1);
INSERT INTO registrations VALUES(117,'50669af3-a6d3-4a7c-9619-8593b4cd7e3c',36,6,'registered','phone','2024-12-06T18:00:00.000Z',NULL,'','2026-11-30T01:02:39.288Z','2026-11-30T01:02:39.288Z',1);
INSERT INTO registrations VALUES(118,'1590fd74-b530-4c50-be90-af15ec891e8c',36,56,'registered','email','2024-12-07T01:10:00.000Z',NULL,'','2026-11-30T01:02:39.288Z','2026-11-30T01:02:39.288Z',1);
INSERT INTO registrations VALUES(119,'204d581d-d7cc-499b-a45f-fdac641fdcb2',36,66,'registered','form','2024-12-07T08:20:00.000Z',NULL,'','2026-11-30T01:02:39.289Z','2026-11-30T01:02:39.289Z',1);
INSERT INTO registrations VALUES(120,'d554bd94-e2d7-43fe-ba35-cfa52835a20b',36,32,'registered','phone','2024-12-07T15:30:00.000Z',NULL,'','2026-11-30T01:02:39.289Z','2026-11-30T01:02:39.289Z',1);
INSERT INTO registrations VALUES(121,'6478944a-69df-4ffe-90bc-38fe2fee8b00',36,42,'registered','email','2024-12-07T22:40:00.000Z',NULL,'','2026-11-30T01:02:39.305Z','2026-11-30T01:02:39.305Z',1);
INSERT INTO registrations VALUES(122,'343380b6-cfb7-4612-be8e-aab6bf6999f6',36,28,'waitlisted','form','2024-12-08T05:00:00.000Z','2024-12-08T05:00:00.000Z','','2026-11-30T01:02:39.306Z','2026-11-30T01:02:39.306Z',1);
INSERT INTO registrations VALUES(123,'c8f5eff4-53d5-4b9a-bffb-1c85744c203d',36,33,'waitlisted','phone','2024-12-08T12:10:00.000Z','2024-12-08T12:10:00.000Z','','2026-11-30T01:02:39.306Z','2026-11-30T01:02:39.306Z',1);
INSERT INTO registrations VALUES(124,'ec8468dc-7e4f-4967-a22f-9fd5d3900868',36,4,'waitlisted','email','2024-12-08T19:20:00.000Z','2024-12-08T19:20:00.000Z','','2026-11-30T01:02:39.307Z','2026-11-30T01:02:39.307Z',1);
INSERT INTO registrations VALUES(125,'0265407b-4304-4986-9a8f-fbe0223e13af',36,68,'waitlisted','form','2024-12-09T02:30:00.000Z','2024-12-09T02:30:00.000Z','','2026-11-30T01:02:39.307Z','2026-11-30T01:02:39.307Z',1);
INSERT INTO registrations VALUES(126,'7bd5d0f6-8e80-4688-aab6-28c8618f2e1a',40,46,'registered','phone','2025-06-10T09:00:00.000Z',NULL,'','2026-11-30T01:02:39.309Z','2026-11-30T01:02:39.309Z',1);
INSERT INTO registrations VALUES(127,'92798a10-adaa-40d9-982c-0a5b3cdaf0f5',40,8,'registered','email','2025-06-10T16:10:00.000Z',NULL,'','2026-11-30T01:02:39.309Z','2026-11-30T01:02:39.309Z',1);
INSERT INTO registrations VALUES(128,'2098f24c-5a36-4f64-a1cc-9d13c6401ed5',40,47,'registered','form','2025-06-10T23:20:00.000Z',NULL,'','2026-11-30T01:02:39.321Z','2026-11-30T01:02:39.321Z',1);
INSERT INTO registrations VALUES(129,'40468842-2447-4102-8046-17b8d30d6867',40,38,'registered','phone','2025-06-11T06:30:00.000Z',NULL,'','2026-11-30T01:02:39.322Z','2026-11-30T01:02:39.322Z',1);
INSERT INTO registrations VALUES(130,'546ed42b-bbe7-490b-b191-3df2d5971370',40,60,'registered','email','2025-06-11T13:40:00.000Z',NULL,'','2026-11-30T01:02:39.322Z','2026-11-30T01:02:39.322Z',1);
INSERT INTO registrations VALUES(131,'56eb1292-5d69-4f46-a577-4dcebfdcb57f',40,25,'registered','form','2025-06-11T20:00:00.000Z',NULL,'','2026-11-30T01:02:39.322Z','2026-11-30T01:02:39.322Z',1);
INSERT INTO registrations VALUES(132,'c96cd724-030b-415b-92bd-abed991d3fa2',40,34,'registered','phone','2025-06-12T03:10:00.000Z',NULL,'','2026-11-30T01:02:39.323Z','2026-11-30T01:02:39.323Z',1);
INSERT INTO registrations VALUES(133,'2b134a4d-758e-4639-a1fb-ad5bdafa0e6b',40,50,'registered','email','2025-06-12T10:20:00.000Z',NULL,'','2026-11-30T01:02:39.323Z','2026-11-30T01:02:39.323Z',1);
INSERT INTO registrations VALUES(134,'362e3626-941e-4f42-8bd7-226d9028b2bf',40,57,'registered','form','2025-06-12T17:30:00.000Z',NULL,'','2026-11-30T01:02:39.323Z','2026-11-30T01:02:39.323Z',1);
INSERT INTO registrations VALUES(135,'c9e14f18-8d3f-4149-95ed-8ab760b191e8',40,43,'registered','phone','2025-06-13T00:40:00.000Z',NULL,'','2026-11-30T01:02:39.324Z','2026-11-30T01:02:39.324Z',1);
INSERT INTO registrations VALUES(136,'96af7c52-22db-45ee-ac53-f2af355b3b25',40,62,'registered','email','2025-06-13T07:00:00.000Z',NULL,'','2026-11-30T01:02:39.324Z','2026-11-30T01:02:39.324Z',1);
INSERT INTO registrations VALUES(137,'8dc8672e-f094-420f-ac2b-da214f5d0a8b',40,39,'registered','form','2025-06-13T14:10:00.000Z',NULL,'','2026-11-30T01:02:39.324Z','2026-11-30T01:02:39.324Z',1);
INSERT INTO registrations VALUES(138,'61decceb-dc2d-474a-8473-70c544602b7a',40,7,'registered','phone','2025-06-13T21:20:00.000Z',NULL,'','2026-11-30T01:02:39.324Z','2026-11-30T01:02:39.324Z',1);
INSERT INTO registrations VALUES(139,'da482b0a-c1af-4002-884b-f17f65985b75',40,58,'registered','email','2025-06-14T04:30:00.000Z',NULL,'','2026-11-30T01:02:39.337Z','2026-11-30T01:02:39.337Z',1);
INSERT INTO registrations VALUES(140,'48e538e6-b4cd-42cc-8fc2-ab14fb569c6f',40,26,'registered','form','2025-06-14T11:40:00.000Z',NULL,'','2026-11-30T01:02:39.338Z','2026-11-30T01:02:39.338Z',1);
INSERT INTO registrations VALUES(141,'67e52a9e-c6c1-4fdf-81c8-a0600f249468',40,70,'registered','phone','2025-06-14T18:00:00.000Z',NULL,'','2026-11-30T01:02:39.338Z','2026-11-30T01:02:39.338Z',1);
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
CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    authors TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL CHECK (title <> ''),
    title_key TEXT NOT NULL,
    venue TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    status TEXT NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'forthcoming', 'planned')),
    link TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1);
INSERT INTO publications VALUES(1,'72fd3770-1a03-4e1a-b364-3b6947154ca7','Anna Rau','Kommunale Kriminalprävention in Köln','kommunale kriminalpravention in koln','forum kriminalprävention 2/2024',2024,'published','https://example.org/fk-2-2024','','2026-11-30T01:02:41.924Z','2026-11-30T01:02:41.924Z',1);
INSERT INTO publications VALUES(2,'e245f660-d2c2-4dd2-8b6b-e93ef4831811','Anna Rau, Jörg Meier','Urbane Sicherheit in Europa','urbane sicherheit in europa','Efus-Jahrbuch',2025,'forthcoming','','Entwurf liegt vor','2026-11-30T01:02:41.924Z','2026-11-30T01:02:41.924Z',1);
CREATE TABLE search_entries (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    row_uuid TEXT NOT NULL,
    row_version INTEGER NOT NULL,
    title TEXT NOT NULL,
    folded TEXT NOT NULL,
    UNIQUE (table_name, row_id));
INSERT INTO search_entries VALUES(1,'organisations',1,'370f7de0-98b7-4691-a1c1-550a1ab36a96',1,'Augsburg','augsburg bayern workshop mit defus auf dem dpt 2024 in cottbus.');
INSERT INTO search_entries VALUES(2,'organisations',2,'97b9f53a-be2e-4526-b8a3-96c0460e3a2d',1,'Berlin','berlin berlin');
INSERT INTO search_entries VALUES(3,'organisations',3,'603b2fb6-eaea-44c8-9fc4-8300ed20a31b',1,'Dortmund','dortmund nordrhein-westfalen sonderstab ordnung und stadtleben.');
INSERT INTO search_entries VALUES(4,'organisations',4,'95547587-5d86-489f-a68c-0fbd08d686c0',1,'Düsseldorf','dusseldorf nordrhein-westfalen eqal-projekt; neue ansprechperson seit februar 2024.');
INSERT INTO search_entries VALUES(5,'organisations',5,'603e0325-3d56-4a2c-a323-6e0122ed3bba',1,'Essen','essen nordrhein-westfalen finanzierte die fachtagung digitalisierung der sexarbeit (september 2024).');
INSERT INTO search_entries VALUES(6,'organisations',6,'260a0136-1480-453e-9d3c-550af7cce2e6',1,'Frankfurt am Main','frankfurt am main hessen gastgeberin des siba-workshops 2025.');
INSERT INTO search_entries VALUES(7,'organisations',7,'69b936e7-82c8-4650-b1c0-7e8640ce7b08',1,'Freiburg im Breisgau','freiburg im breisgau baden-wurttemberg');
INSERT INTO search_entries VALUES(8,'organisations',8,'1517cca6-91f7-4994-b373-d251ead18999',1,'Gelsenkirchen','gelsenkirchen nordrhein-westfalen gastgeberin der 27. mitgliederversammlung.');
INSERT INTO search_entries VALUES(9,'organisations',9,'32a0fc7e-354a-4738-948a-23d514101530',1,'Gladbeck','gladbeck nordrhein-westfalen');
INSERT INTO search_entries VALUES(10,'organisations',10,'07a936c0-f055-4094-8b62-128ae77ee06d',1,'Göttingen','gottingen niedersachsen personalwechsel 2024; austausch vor ort im november.');
INSERT INTO search_entries VALUES(11,'organisations',11,'1a6f2b6d-e031-4206-880c-fa9cc751bb95',1,'Hannover','hannover niedersachsen');
INSERT INTO search_entries VALUES(12,'organisations',12,'5748188b-d0ce-4e59-85a6-86ba3f4ab673',1,'Heidelberg','heidelberg baden-wurttemberg riskpacc (efus).');
INSERT INTO search_entries VALUES(13,'organisations',13,'fe1f3138-92c0-405e-9da2-57a75660a47c',1,'Karlsruhe','karlsruhe baden-wurttemberg riskpacc (efus).');
INSERT INTO search_entries VALUES(14,'organisations',14,'50c48783-344c-4a9a-a12b-990a26da1404',1,'Köln','koln nordrhein-westfalen gastgeberin des efus-exekutivkomitees am 5. dezember 2024.');
INSERT INTO search_entries VALUES(15,'organisations',15,'1109a559-da47-429e-b93b-22ce972979d5',1,'Leipzig','leipzig sachsen');
INSERT INTO search_entries VALUES(16,'organisations',16,'2c1cc8ff-56d7-4f95-ba3d-717b181cee73',1,'Mannheim','mannheim baden-wurttemberg transcend (efus).');
INSERT INTO search_entries VALUES(17,'organisations',17,'01293eaf-cd64-4b15-8f60-10b1710255fe',1,'Nürnberg','nurnberg bayern ak sicherheit und sauberkeit.');
INSERT INTO search_entries VALUES(18,'organisations',18,'01a9a35a-e75f-466e-8479-1635d84be233',1,'Stuttgart','stuttgart baden-wurttemberg icarus (efus); gastgeberin der mitgliederversammlung 2025.');
INSERT INTO search_entries VALUES(19,'organisations',19,'bc5403dc-b4d5-4405-9e2e-1de79551916c',1,'Kaiserslautern','kaiserslautern rheinland-pfalz tritt zum 1. januar 2025 bei.');
INSERT INTO search_entries VALUES(20,'organisations',20,'47cba54a-aec6-4e95-81e1-cc590a0938d0',1,'Landespräventionsrat Niedersachsen','landespraventionsrat niedersachsen niedersachsen');
INSERT INTO search_entries VALUES(21,'organisations',21,'cd5c340e-b022-4d50-8f90-32aa5316b08a',1,'Deutscher Präventionstag','deutscher praventionstag niedersachsen pufii ist ein gemeinsames projekt mit defus.');
INSERT INTO search_entries VALUES(22,'organisations',22,'3960d375-2b9c-4081-af5d-971ffabaac25',1,'Landespräventionsrat Nordrhein-Westfalen','landespraventionsrat nordrhein-westfalen nordrhein-westfalen tritt zum 1. januar 2025 bei.');
INSERT INTO search_entries VALUES(23,'organisations',23,'99e7c38d-aa63-44e1-a416-05e13cf9d0a8',1,'DEFUS Geschäftsstelle','defus geschaftsstelle niedersachsen kurt-schumacher-strasse 29, 30159 hannover');
INSERT INTO search_entries VALUES(24,'organisations',24,'a7007aaf-0bdf-4a8a-ac94-39b674615855',1,'Efus','efus european forum for urban security, paris.');
INSERT INTO search_entries VALUES(25,'organisations',25,'c00173f0-5877-4536-923d-9d5e2a4831b4',1,'Deutsches Institut für Urbanistik','deutsches institut fur urbanistik berlin jahrliches gemeinsames seminar in berlin.');
INSERT INTO search_entries VALUES(26,'organisations',26,'50fc14b5-04a7-492c-8055-61603a5c42d4',1,'Universität Tübingen','universitat tubingen baden-wurttemberg community of practice sicherheit im bahnhofsviertel.');
INSERT INTO search_entries VALUES(27,'organisations',27,'0d68a8c7-0aaa-4e6b-932c-a1063f14d237',1,'Bergische Universität Wuppertal','bergische universitat wuppertal nordrhein-westfalen community of practice sicherheit im bahnhofsviertel.');
INSERT INTO search_entries VALUES(28,'organisations',28,'7c623afb-942e-4478-a727-c365cf3420d8',1,'Stadt Zürich','stadt zurich zurich studienreise 4.–5. juli 2024.');
INSERT INTO search_entries VALUES(29,'organisations',29,'d3cbf826-ac6d-4789-bf62-97377dc74602',1,'EBP Schweiz AG','ebp schweiz ag zurich');
INSERT INTO search_entries VALUES(30,'organisations',30,'09a5313a-7298-46ea-8370-a3465726b15f',1,'Fraunhofer INT','fraunhofer int nordrhein-westfalen riskpacc.');
INSERT INTO search_entries VALUES(31,'organisations',31,'c2ce6043-3c48-4d4c-88c3-dc4db8305421',1,'CommunAid gGmbH','communaid ggmbh training demokratische resilienz.');
INSERT INTO search_entries VALUES(32,'organisations',32,'4e170a3e-9e17-4915-9194-ed8dd65556f0',1,'ICPC','icpc international centre for the prevention of crime, montreal.');
INSERT INTO search_entries VALUES(33,'organisations',33,'7bb7aa0f-02ff-4a05-a4d1-fc07481321cf',1,'Kveloce I+D+i','kveloce i+d+i konsortialfuhrung co-secur.');
INSERT INTO search_entries VALUES(34,'organisations',34,'1ac70ab3-29a0-45bd-b704-0698e5012c0c',1,'Mitteldeutscher Rundfunk','mitteldeutscher rundfunk sachsen redaktion.');
INSERT INTO search_entries VALUES(35,'organisations',35,'86a0eb4e-bc1b-4a0b-8e68-f847d2dd6c5a',1,'Rundfunk Berlin-Brandenburg','rundfunk berlin-brandenburg berlin redaktion radio 1.');
INSERT INTO search_entries VALUES(36,'organisations',36,'f4dcd856-74c4-4fa0-9bcb-6a1e383f0296',1,'ZDF','zdf rheinland-pfalz redaktion plan b.');
INSERT INTO search_entries VALUES(37,'people',1,'172d960d-bfc3-485b-8949-efb9d69d3f35',1,'Christian Kromberg','christian kromberg');
INSERT INTO search_entries VALUES(38,'people',2,'641f45db-7753-424d-a6d5-e70166c9fcdb',1,'Volker Proffen','volker proffen');
INSERT INTO search_entries VALUES(39,'people',3,'a197c5f7-a41f-45fe-87ce-73d5bf48a551',1,'Anna Rau','anna rau anna.rau@defus.example');
INSERT INTO search_entries VALUES(40,'people',4,'e5562d1c-de49-41cc-a588-ff653d7227d6',1,'Margo Molkenbur','margo molkenbur margo.molkenbur@defus.example');
INSERT INTO search_entries VALUES(41,'people',5,'90b6aa47-d1b0-472f-8874-da56f3181670',1,'Meike Hecker','meike hecker meike.hecker@defus.example');
INSERT INTO search_entries VALUES(42,'people',6,'f3e49a9c-8fb0-4327-a92e-b6f8bc41d837',1,'Kristina Kutz','kristina kutz kristina.kutz@defus.example');
INSERT INTO search_entries VALUES(43,'people',7,'f7867c1f-50f8-42a7-9416-58d1ef17f529',1,'Rolf Grimmer','rolf grimmer rolf.grimmer@defus.example');
INSERT INTO search_entries VALUES(44,'people',8,'aaee73e2-baf2-4f3e-96a2-d40f2c40ae92',1,'Hane Barrazinji','hane barrazinji hane.barrazinji@defus.example');
INSERT INTO search_entries VALUES(45,'people',9,'1fcc40ae-05e9-434e-85ae-66766fe16420',1,'Rita Haverkamp','rita haverkamp');
INSERT INTO search_entries VALUES(46,'people',10,'00d77ca0-f1c2-4d7a-a6f4-05c84c908c31',1,'Tim Lukas','tim lukas');
INSERT INTO search_entries VALUES(47,'people',11,'ac8f429c-1f2a-4c3d-ae0c-ac3b0996d702',1,'Kurt Faller','kurt faller');
INSERT INTO search_entries VALUES(48,'people',12,'c9e761e8-32c3-4a1f-80d1-b1dd88ea6d03',1,'Dorothea Faller','dorothea faller');
INSERT INTO search_entries VALUES(49,'people',13,'667397e3-1b03-49e8-8939-067353149647',1,'Winfried Kneip','winfried kneip');
INSERT INTO search_entries VALUES(50,'people',14,'6bcffc7e-faba-4ab6-b084-7c64857bcd42',1,'Tillmann Schulze','tillmann schulze');
INSERT INTO search_entries VALUES(51,'people',15,'6061c721-a9f8-4b75-a3de-6a481c82de73',1,'Andrea Weiß','andrea weiss');
INSERT INTO search_entries VALUES(52,'people',16,'237d427a-6a36-402c-83c7-a0eee673967d',1,'Joël Bellmont','joel bellmont');
INSERT INTO search_entries VALUES(53,'people',17,'d5511d84-5eb8-4eb1-8def-fc92d60fd67f',1,'Naomi Bögli','naomi bogli');
INSERT INTO search_entries VALUES(54,'people',18,'90aa1662-1e26-42be-ad30-343491e0cf0d',1,'Maike Vollmer','maike vollmer');
INSERT INTO search_entries VALUES(55,'people',19,'e2fc626a-7756-4906-b2ad-35e25b8ead8b',1,'Claudia Heinzelmann','claudia heinzelmann');
INSERT INTO search_entries VALUES(56,'people',20,'b890cedf-ee4c-4741-ae5e-9fa24b9e0d8b',1,'Janina Hentschel','janina hentschel');
INSERT INTO search_entries VALUES(57,'people',21,'bc062160-bc78-4676-bb34-50e643793d50',1,'Sabine Krüger','sabine kruger sabine.krueger@augsburg.example');
INSERT INTO search_entries VALUES(58,'people',22,'60c3bf76-000b-4c13-a9ea-e9b71ee6c95e',1,'Jörg Wendtland','jorg wendtland joerg.wendtland@berlin.example');
INSERT INTO search_entries VALUES(59,'people',23,'4e502af6-254a-429c-a5d6-cfe2a3c81d08',1,'Melanie Özdemir','melanie ozdemir melanie.oezdemir@dortmund.example');
INSERT INTO search_entries VALUES(60,'people',24,'c33542ec-567e-4d3e-bb72-90aed98a3d1d',1,'Thomas Schäfer','thomas schafer thomas.schaefer@duesseldorf.example');
INSERT INTO search_entries VALUES(61,'people',25,'6f84e186-c95c-4727-9ee1-9959a1155d7c',1,'Lena Brückner','lena bruckner lena.brueckner@duesseldorf.example');
INSERT INTO search_entries VALUES(62,'people',26,'f083d17a-8d74-48f6-b061-ab39fadfec93',1,'Markus Große-Wilde','markus grosse-wilde markus.grosse-wilde@essen.example');
INSERT INTO search_entries VALUES(63,'people',27,'4eb84d53-983c-4d91-8a7b-008fd11618f2',1,'Ayşe Yılmaz','ayse yılmaz ayse.yilmaz@frankfurt.example');
INSERT INTO search_entries VALUES(64,'people',28,'09f3852f-d684-4c9c-a1c1-39ebe2a4a4a3',1,'Florian Maier','florian maier florian.maier@freiburg.example');
INSERT INTO search_entries VALUES(65,'people',29,'d2cf4df2-26b8-4006-bd34-d5dc806d2ea2',1,'Petra Kowalczyk','petra kowalczyk petra.kowalczyk@gelsenkirchen.example');
INSERT INTO search_entries VALUES(66,'people',30,'f7b716c6-210a-459f-893c-d029bb9928c8',1,'Dennis Hüsken','dennis husken dennis.huesken@gladbeck.example');
INSERT INTO search_entries VALUES(67,'people',31,'0aaf46bf-7efd-4b49-a7ba-bc39e0e5e19a',1,'Hanna Weißgerber','hanna weissgerber hanna.weissgerber@goettingen.example');
INSERT INTO search_entries VALUES(68,'people',32,'5ca75105-2182-4754-8a26-133cfe3b81d0',1,'Jonas Lindqvist','jonas lindqvist jonas.lindqvist@goettingen.example');
INSERT INTO search_entries VALUES(69,'people',33,'ac1a29bb-9d07-47e5-8505-27d31be2fb15',1,'Katrin Meißner','katrin meissner katrin.meissner@hannover.example');
INSERT INTO search_entries VALUES(70,'people',34,'6ddd2c4e-047e-4edd-a5c9-2e8ce4e08979',1,'Andrea Caspar-Thron','andrea caspar-thron andrea.caspar-thron@heidelberg.example');
INSERT INTO search_entries VALUES(71,'people',35,'c9b67bbb-91df-429f-b5bc-9e9fde58cc6c',1,'Stefan Rößler','stefan rossler stefan.roessler@karlsruhe.example');
INSERT INTO search_entries VALUES(72,'people',36,'d4a239b1-1437-41ce-a29e-d74888204b8e',1,'Miriam Schönfeld','miriam schonfeld miriam.schoenfeld@koeln.example');
INSERT INTO search_entries VALUES(73,'people',37,'7b1bd629-9005-4beb-8866-4b6532de016d',1,'Uwe Kästner','uwe kastner uwe.kaestner@leipzig.example');
INSERT INTO search_entries VALUES(74,'people',38,'20516843-2481-457e-a84c-b4b9aef32917',1,'Nadine Böhm','nadine bohm nadine.boehm@mannheim.example');
INSERT INTO search_entries VALUES(75,'people',39,'bbfcdc5d-fc25-46a7-9d65-1c654f81b00a',1,'Günter Fuchs','gunter fuchs guenter.fuchs@nuernberg.example');
INSERT INTO search_entries VALUES(76,'people',40,'0e2708ea-f92e-43d6-bab3-c17191182798',1,'Eva Ströbele','eva strobele eva.stroebele@stuttgart.example');
INSERT INTO search_entries VALUES(77,'people',41,'3e3fdf7e-dd49-41b3-b2c4-2bad3315a8c2',1,'Tobias Nägele','tobias nagele tobias.naegele@kaiserslautern.example');
INSERT INTO search_entries VALUES(78,'people',42,'ab570bc1-bdee-4ba0-8d77-4174cf6638f2',1,'Birgit Lührs','birgit luhrs birgit.luehrs@lpr-nds.example');
INSERT INTO search_entries VALUES(79,'people',43,'2687a9ed-0a51-473b-b91c-e207a14e51ad',1,'Ralf Düring','ralf during ralf.duering@lpr-nrw.example');
INSERT INTO search_entries VALUES(80,'people',44,'c71824b4-c25a-42f3-8b24-a86a95ef3d74',1,'Elizabeth Johnston','elizabeth johnston');
INSERT INTO search_entries VALUES(81,'people',45,'5aba54c9-c3f7-4595-b4ae-3274acc41ded',1,'Jan Schröder','jan schroder jan.schroeder@essen.example');
INSERT INTO search_entries VALUES(82,'people',46,'bd41251b-7c40-46a2-b53f-084eedde6cc6',1,'Fatma Aydın','fatma aydın fatma.aydin@essen.example');
INSERT INTO search_entries VALUES(83,'people',47,'fcd3b5e7-7c7f-4c50-a8d1-0f7b1cf5c5af',1,'Christoph Bäumer','christoph baumer christoph.baeumer@mannheim.example');
INSERT INTO search_entries VALUES(84,'people',48,'f0f79388-ff32-4efd-b9e9-f9c6b0164b6c',1,'Svenja Kühn','svenja kuhn svenja.kuehn@mannheim.example');
INSERT INTO search_entries VALUES(85,'people',49,'2623b10b-3766-46d6-82f6-dc156983e0b3',1,'Lukas Wagner','lukas wagner lukas.wagner@koeln.example');
INSERT INTO search_entries VALUES(86,'people',50,'a1711d54-603f-4064-94df-fc84b3dd5267',1,'Aylin Demir','aylin demir aylin.demir@koeln.example');
INSERT INTO search_entries VALUES(87,'people',51,'86f75ebf-0896-4f64-b57a-cf12f0faedd0',1,'Matthias Hoffmann','matthias hoffmann matthias.hoffmann@duesseldorf.example');
INSERT INTO search_entries VALUES(88,'people',52,'28faed6e-cb9a-4f2f-9e5b-6dd114935651',1,'Nina Zimmermann','nina zimmermann nina.zimmermann@stuttgart.example');
INSERT INTO search_entries VALUES(89,'people',53,'44141f25-5acd-4679-9680-fa59b416b6ab',1,'Tobias Krämer','tobias kramer tobias.kraemer@stuttgart.example');
INSERT INTO search_entries VALUES(90,'people',54,'f952d552-a189-43d8-b9df-6924927c8928',1,'Julia Neumann','julia neumann julia.neumann@berlin.example');
INSERT INTO search_entries VALUES(91,'people',55,'1b247c5d-8900-4881-b8e7-1cfb4394c09b',1,'Kerstin Wolff','kerstin wolff kerstin.wolff@hannover.example');
INSERT INTO search_entries VALUES(92,'people',56,'e4f6ebed-995f-4031-98db-c792e500afaa',1,'Erik Lange','erik lange erik.lange@hannover.example');
INSERT INTO search_entries VALUES(93,'people',57,'636685b1-3215-49cc-8b13-0d9adc5144cf',1,'Sophie Dubois','sophie dubois sophie.dubois@freiburg.example');
INSERT INTO search_entries VALUES(94,'people',58,'30b6b782-4779-457e-86b6-1b7e008841de',1,'Michael Groß','michael gross michael.gross@frankfurt.example');
INSERT INTO search_entries VALUES(95,'people',59,'eb5ff65c-4cfc-4f46-b2a5-7c2985625807',1,'Anja Köhler','anja kohler anja.koehler@frankfurt.example');
INSERT INTO search_entries VALUES(96,'people',60,'32697e57-7aa4-4b8b-934a-abd74631cb5a',1,'Stefanie Brandt','stefanie brandt stefanie.brandt@dortmund.example');
INSERT INTO search_entries VALUES(97,'people',61,'792989ba-e189-4f0a-9787-dbbee8857d43',1,'Oliver Schulz','oliver schulz oliver.schulz@gelsenkirchen.example');
INSERT INTO search_entries VALUES(98,'people',62,'0489ef27-a03e-4366-8256-395cc1d875d7',1,'Laura Fischer','laura fischer laura.fischer@gelsenkirchen.example');
INSERT INTO search_entries VALUES(99,'people',63,'4ec077d5-b423-4951-9d0d-46ed365d3c37',1,'Benedikt Huber','benedikt huber benedikt.huber@augsburg.example');
INSERT INTO search_entries VALUES(100,'people',64,'657142f9-e69f-47e2-8162-843226c24559',1,'Carina Vogel','carina vogel carina.vogel@nuernberg.example');
INSERT INTO search_entries VALUES(101,'people',65,'5db128d9-0e2f-4cfe-83c6-3894dc462f34',1,'Daniel Schäfer','daniel schafer daniel.schaefer@heidelberg.example');
INSERT INTO search_entries VALUES(102,'people',66,'9c1f2bde-0c65-44ea-bd3a-ee5fa88f5523',1,'Marie Lehmann','marie lehmann marie.lehmann@leipzig.example');
INSERT INTO search_entries VALUES(103,'people',67,'7141d050-55db-44d3-a03b-6755abce7a6c',1,'Felix Jäger','felix jager felix.jaeger@karlsruhe.example');
INSERT INTO search_entries VALUES(104,'people',68,'8145b0d1-168c-49c3-9345-00bf1f490186',1,'Sandra Möller','sandra moller sandra.moeller@gladbeck.example');
INSERT INTO search_entries VALUES(105,'people',69,'ea6c8aa2-b716-4fd3-89c2-a43785c72c65',1,'Henrik Olsen','henrik olsen henrik.olsen@goettingen.example');
INSERT INTO search_entries VALUES(106,'people',70,'ea64557c-8d0b-4040-8b7a-325c3295f3c5',1,'Petra Hahn','petra hahn petra.hahn@lpr-nds.example');
INSERT INTO search_entries VALUES(107,'events',1,'6a46b57b-86de-4a43-88e4-a32f71db0650',1,'DEFUS-Austausch: Umsetzung der Istanbul-Konvention','defus-austausch: umsetzung der istanbul-konvention');
INSERT INTO search_entries VALUES(108,'events',2,'b80635dd-c17f-4541-af4e-a44abe9879f9',1,'SiBa-Webinar: Sichere Bahnhöfe für Alle','siba-webinar: sichere bahnhofe fur alle universitat tubingen, bergische universitat wuppertal siba');
INSERT INTO search_entries VALUES(109,'events',3,'42bede23-1968-411b-8f5e-30829028e2af',1,'DEFUS-Workshop: Strategische Weiterentwicklung der kommunalen Prävention','defus-workshop: strategische weiterentwicklung der kommunalen pravention mannheim');
INSERT INTO search_entries VALUES(110,'events',4,'5c03b6c1-793f-4fc1-89cd-bc50ee9044cb',1,'PanReflex Projekttreffen','panreflex projekttreffen hannover difu panreflex');
INSERT INTO search_entries VALUES(111,'events',5,'e2ff9bb6-e610-4227-b3f1-105ae74f6174',1,'LegiNot Projekttreffen','leginot projekttreffen leginot');
INSERT INTO search_entries VALUES(112,'events',6,'c1d952f7-080d-4106-8bec-99306c17a8b7',1,'Efus-Konferenz: Security, Democracy and Cities','efus-konferenz: security, democracy and cities brussel');
INSERT INTO search_entries VALUES(113,'events',7,'114e612a-de27-400e-812a-f85b696230e9',1,'SiBa-Workshop: Toleranz und Sicherheit','siba-workshop: toleranz und sicherheit bremen universitat tubingen, bergische universitat wuppertal siba');
INSERT INTO search_entries VALUES(114,'events',8,'2b915f43-d80d-4abb-a681-eccfc973ab71',1,'PanReflex Innovationsworkshop','panreflex innovationsworkshop arnshausen panreflex');
INSERT INTO search_entries VALUES(115,'events',9,'183f6935-0853-4049-bda6-fcb906b9c601',1,'AK Öffentliche Sicherheit','ak offentliche sicherheit hannover');
INSERT INTO search_entries VALUES(116,'events',10,'d1298bf1-c6fa-4529-8022-a68acc2fad0f',1,'26. Mitgliederversammlung','26. mitgliederversammlung');
INSERT INTO search_entries VALUES(117,'events',11,'9d5bc39e-4237-48f0-b883-4ae89d849c8a',1,'Deutscher Präventionstag','deutscher praventionstag cottbus');
INSERT INTO search_entries VALUES(118,'events',12,'6c2f083a-a84b-4d7b-91c6-1532242a03d4',1,'Workshop Weiterentwicklung der Kommunalen Prävention auf dem DPT','workshop weiterentwicklung der kommunalen pravention auf dem dpt cottbus stadt augsburg');
INSERT INTO search_entries VALUES(119,'events',13,'3fcc8d49-3fd1-4ff4-bda4-ea3a1fce1410',1,'DEFUS-Austausch: Mit Trick 17 gegen Polarisierung und Extremismus','defus-austausch: mit trick 17 gegen polarisierung und extremismus');
INSERT INTO search_entries VALUES(120,'events',14,'5fd6e0f9-61b1-4745-92d6-68f634819ca1',1,'DEFUS-Austausch: Hass und Hetze gegen Amtsträger*innen','defus-austausch: hass und hetze gegen amtstrager*innen');
INSERT INTO search_entries VALUES(121,'events',15,'7be681c5-a060-4474-8a52-74018cff8f0b',1,'PanReflex-Webinar: Soziale Kohäsion und Resilienz','panreflex-webinar: soziale kohasion und resilienz difu panreflex');
INSERT INTO search_entries VALUES(122,'events',16,'5dd10de5-83c8-4b50-9c6b-43068aba12d8',1,'CO-SECUR Projekttreffen','co-secur projekttreffen helsinki co-secur');
INSERT INTO search_entries VALUES(123,'events',17,'6e314d3c-1850-4ad4-8c29-67ce4ddda001',1,'Efus-Generalversammlung','efus-generalversammlung liege');
INSERT INTO search_entries VALUES(124,'events',18,'5e1bec10-26a5-428a-98eb-a5f8375c7a08',1,'DEFUS-Studienreise nach Zürich','defus-studienreise nach zurich zurich stadt zurich');
INSERT INTO search_entries VALUES(125,'events',19,'61a91e70-325e-403e-b10b-ee6f4907d0c9',1,'PanReflex Projekttreffen','panreflex projekttreffen koln panreflex');
INSERT INTO search_entries VALUES(126,'events',20,'c34eb8de-9b96-4e00-bcb6-5562ec004bf9',1,'Fachtagung Digitalisierung der Sexarbeit','fachtagung digitalisierung der sexarbeit essen');
INSERT INTO search_entries VALUES(127,'events',21,'bc932504-4d5b-443f-9130-82a90d722522',1,'Innenstadtforum sichere Innenstädte','innenstadtforum sichere innenstadte koln');
INSERT INTO search_entries VALUES(128,'events',22,'384a42c0-196c-4ca2-a849-9b906b3fb9cc',1,'27. Mitgliederversammlung','27. mitgliederversammlung gelsenkirchen');
INSERT INTO search_entries VALUES(129,'events',23,'c381cc5a-0a4c-45d6-913b-3a91b5ffc4f1',1,'DEFUS-Difu-Seminar: Verwaltung kann Krise','defus-difu-seminar: verwaltung kann krise berlin deutsches institut fur urbanistik panreflex');
INSERT INTO search_entries VALUES(130,'events',24,'4db431df-c4ec-4350-87e8-60da7b3ff7e0',1,'PanReflex-Webinar: Lernen aus der Pandemie – After Action Review und Pandemieplanung','panreflex-webinar: lernen aus der pandemie – after action review und pandemieplanung difu panreflex');
INSERT INTO search_entries VALUES(131,'events',25,'3e0e068f-a7c2-4569-8a75-a705f99758b0',1,'CO-SECUR Projekttreffen','co-secur projekttreffen porto co-secur');
INSERT INTO search_entries VALUES(132,'events',26,'9d5c09ac-f5bc-40d1-8d13-f32b211383d9',1,'LegiNot Projekttreffen','leginot projekttreffen freiburg leginot');
INSERT INTO search_entries VALUES(133,'events',27,'e4269b15-95e7-4240-81c8-f7d394451699',1,'KOMPASS Tagung Hessen','kompass tagung hessen wiesbaden');
INSERT INTO search_entries VALUES(134,'events',28,'4a8836c9-c828-44f1-93c2-c58f6d953cc8',1,'LegiNot-Webinar: Kommunen in der Polykrise','leginot-webinar: kommunen in der polykrise leginot');
INSERT INTO search_entries VALUES(135,'events',29,'bd19eaaa-fac8-44a9-8eec-ad19b88373ad',1,'SiBa-Webinar: Dortmunder Sonderstab Ordnung und Stadtleben','siba-webinar: dortmunder sonderstab ordnung und stadtleben universitat tubingen, bergische universitat wuppertal siba');
INSERT INTO search_entries VALUES(136,'events',30,'02fc7026-747f-44f9-a05d-989d82c78767',1,'Fachtagung Doing Crisis: Politik, Praxis und Wissenschaft im Dialog','fachtagung doing crisis: politik, praxis und wissenschaft im dialog hannover leginot');
INSERT INTO search_entries VALUES(137,'events',31,'13bfbd57-29c9-4700-ae62-ab6ecc9c41b9',1,'Efus-Exekutivkomitee','efus-exekutivkomitee koln');
INSERT INTO search_entries VALUES(138,'events',32,'410ead5e-8fd7-47d1-a07e-0d7aad40bb10',1,'PanReflex-Webinar: Inklusiver Katastrophenschutz','panreflex-webinar: inklusiver katastrophenschutz difu panreflex');
INSERT INTO search_entries VALUES(139,'events',33,'67d832bf-455e-4441-97bb-844cd032a3ce',1,'PanReflex-Webinar: Psychosoziales Lagebild','panreflex-webinar: psychosoziales lagebild difu panreflex');
INSERT INTO search_entries VALUES(140,'events',34,'d5ed2365-b360-4093-81cb-8c0f92f2ec97',1,'DEFUS-Webaustausch: Vorstellung EQAL-Projekt','defus-webaustausch: vorstellung eqal-projekt');
INSERT INTO search_entries VALUES(141,'events',35,'18e9547f-c505-448c-9e13-a89d3b802a1f',1,'PanReflex-Webinar: Konzepte des flexiblen Personaleinsatzes','panreflex-webinar: konzepte des flexiblen personaleinsatzes difu panreflex');
INSERT INTO search_entries VALUES(142,'events',36,'598d44ec-2eb8-4d9b-afd4-db404ba5ec75',1,'SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel','siba-workshop 2025: das frankfurter bahnhofsviertel frankfurt am main universitat tubingen, bergische universitat wuppertal siba');
INSERT INTO search_entries VALUES(143,'events',37,'354df922-07ce-497b-b851-aeb969d90232',1,'PanReflex-Webinar: Schließen der Risk Perception Action Gap','panreflex-webinar: schliessen der risk perception action gap fraunhofer int panreflex');
INSERT INTO search_entries VALUES(144,'events',38,'72d4de24-ddc9-4661-80de-347edf0b8e7e',1,'Pufii Training: Demokratische Resilienz','pufii training: demokratische resilienz hannover communaid ggmbh pufii');
INSERT INTO search_entries VALUES(145,'events',39,'c6588b7f-9502-48e3-8a07-ecb83a783dba',1,'Difu & DEFUS Seminar: Sichere Städte – marginalisierte Gruppen im öffentlichen Raum','difu & defus seminar: sichere stadte – marginalisierte gruppen im offentlichen raum berlin deutsches institut fur urbanistik');
INSERT INTO search_entries VALUES(146,'events',40,'8d13dd35-6c0f-4876-b653-210e005e7187',1,'28. Mitgliederversammlung','28. mitgliederversammlung stuttgart');
INSERT INTO search_entries VALUES(147,'publications',1,'72fd3770-1a03-4e1a-b364-3b6947154ca7',1,'Kommunale Kriminalprävention in Köln','anna rau kommunale kriminalpravention in koln forum kriminalpravention 2/2024');
INSERT INTO search_entries VALUES(148,'publications',2,'e245f660-d2c2-4dd2-8b6b-e93ef4831811',1,'Urbane Sicherheit in Europa','anna rau, jorg meier urbane sicherheit in europa efus-jahrbuch entwurf liegt vor');
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
CREATE INDEX publications_year ON publications (year, title_key);
COMMIT;
