PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE forumdesk_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
INSERT INTO forumdesk_meta VALUES('schema_version','2');
INSERT INTO forumdesk_meta VALUES('database_uuid','4e2491f3-ec12-4d0d-b2c4-a86d138ee901');
INSERT INTO forumdesk_meta VALUES('created_at','2026-11-26T01:30:42.288Z');
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
INSERT INTO organisations VALUES(1,'95e9f5e4-a011-4fb8-be93-f27c3f88dc7c','city','Augsburg','augsburg','Bayern','DE','2013-03-01',NULL,'https://www.augsburg.de','Workshop mit DEFUS auf dem DPT 2024 in Cottbus.','2026-11-26T01:30:42.291Z','2026-11-26T01:30:42.291Z',1);
INSERT INTO organisations VALUES(2,'51dd05ee-1e78-4681-9f5b-df689ee3ca9a','city','Berlin','berlin','Berlin','DE','2012-01-01',NULL,'https://www.berlin.de','','2026-11-26T01:30:42.291Z','2026-11-26T01:30:42.291Z',1);
INSERT INTO organisations VALUES(3,'fd73ae82-158b-4831-a55b-8b84643e71c5','city','Dortmund','dortmund','Nordrhein-Westfalen','DE','2019-01-01',NULL,'https://www.dortmund.de','Sonderstab Ordnung und Stadtleben.','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO organisations VALUES(4,'066e2971-77da-440a-8d8e-8945c313dab0','city','Düsseldorf','dusseldorf','Nordrhein-Westfalen','DE','2012-01-01',NULL,'https://www.duesseldorf.de','EQAL-Projekt; neue Ansprechperson seit Februar 2024.','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO organisations VALUES(5,'26627169-18f1-4473-bc07-e9e4eb01aaf4','city','Essen','essen','Nordrhein-Westfalen','DE','2011-06-01',NULL,'https://www.essen.de','Finanzierte die Fachtagung Digitalisierung der Sexarbeit (September 2024).','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO organisations VALUES(6,'d853a6f5-34e0-43b7-bc0e-b253704010f9','city','Frankfurt am Main','frankfurt am main','Hessen','DE','2014-01-01',NULL,'https://frankfurt.de','Gastgeberin des SiBa-Workshops 2025.','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO organisations VALUES(7,'551cf8c6-02d8-4174-b535-e9819006cc53','city','Freiburg im Breisgau','freiburg im breisgau','Baden-Württemberg','DE','2015-01-01',NULL,'https://www.freiburg.de','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO organisations VALUES(8,'7bfa9bc9-a7ab-4051-8c37-83e3b18ab3fc','city','Gelsenkirchen','gelsenkirchen','Nordrhein-Westfalen','DE','2018-01-01',NULL,'https://www.gelsenkirchen.de','Gastgeberin der 27. Mitgliederversammlung.','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO organisations VALUES(9,'141bebf1-d32f-4adf-8dda-073acfcdd16a','city','Gladbeck','gladbeck','Nordrhein-Westfalen','DE','2021-01-01',NULL,'https://www.gladbeck.de','','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO organisations VALUES(10,'a63ad8a3-d0dc-446b-9e9d-c8144754aae1','city','Göttingen','gottingen','Niedersachsen','DE','2020-01-01',NULL,'https://www.goettingen.de','Personalwechsel 2024; Austausch vor Ort im November.','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO organisations VALUES(11,'4e07bec4-f2d8-4d50-a4a6-5cb87d8744dd','city','Hannover','hannover','Niedersachsen','DE','2011-06-01',NULL,'https://www.hannover.de','','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO organisations VALUES(12,'9a2a2386-24c0-47c4-a162-192808956465','city','Heidelberg','heidelberg','Baden-Württemberg','DE','2016-01-01',NULL,'https://www.heidelberg.de','RiskPACC (Efus).','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO organisations VALUES(13,'1eb18456-4f9f-4f8e-a2c7-2952b90bfc97','city','Karlsruhe','karlsruhe','Baden-Württemberg','DE','2017-01-01',NULL,'https://www.karlsruhe.de','RiskPACC (Efus).','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO organisations VALUES(14,'ed519c8f-422a-43a9-a858-b0cc78b26eb9','city','Köln','koln','Nordrhein-Westfalen','DE','2011-06-01',NULL,'https://www.stadt-koeln.de','Gastgeberin des Efus-Exekutivkomitees am 5. Dezember 2024.','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO organisations VALUES(15,'9c1cf5ff-447d-4086-afac-dce870b75e66','city','Leipzig','leipzig','Sachsen','DE','2019-07-01',NULL,'https://www.leipzig.de','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO organisations VALUES(16,'d9d49212-72e0-44fc-9408-ef6faef45976','city','Mannheim','mannheim','Baden-Württemberg','DE','2011-06-01',NULL,'https://www.mannheim.de','TRANSCEND (Efus).','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO organisations VALUES(17,'bd5d2b5a-c25e-4398-96b2-59535c64a12e','city','Nürnberg','nurnberg','Bayern','DE','2013-01-01',NULL,'https://www.nuernberg.de','AK Sicherheit und Sauberkeit.','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO organisations VALUES(18,'3e142a3d-6e56-43aa-b02b-f6b29b0ddeb6','city','Stuttgart','stuttgart','Baden-Württemberg','DE','2011-06-01',NULL,'https://www.stuttgart.de','IcARUS (Efus); Gastgeberin der Mitgliederversammlung 2025.','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO organisations VALUES(19,'636bb7d7-7d4e-448a-9448-ba139a53e66f','city','Kaiserslautern','kaiserslautern','Rheinland-Pfalz','DE','2025-01-01',NULL,'https://www.kaiserslautern.de','Tritt zum 1. Januar 2025 bei.','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO organisations VALUES(20,'64da53e0-98c3-442e-95c9-b85784158826','organisation','Landespräventionsrat Niedersachsen','landespraventionsrat niedersachsen','Niedersachsen','DE','2012-01-01',NULL,'https://www.lpr.niedersachsen.de','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO organisations VALUES(21,'3443e2bc-84ea-41f2-8eeb-969aeba3db5b','organisation','Deutscher Präventionstag','deutscher praventionstag','Niedersachsen','DE','2014-01-01',NULL,'https://www.praeventionstag.de','Pufii ist ein gemeinsames Projekt mit DEFUS.','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO organisations VALUES(22,'8e361103-d193-4dc1-a066-96624af4e2a5','organisation','Landespräventionsrat Nordrhein-Westfalen','landespraventionsrat nordrhein-westfalen','Nordrhein-Westfalen','DE','2025-01-01',NULL,'https://www.lpr.nrw.de','Tritt zum 1. Januar 2025 bei.','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
INSERT INTO organisations VALUES(23,'de0d0c2c-f02f-4e26-9890-fa69fb1e1481','organisation','DEFUS Geschäftsstelle','defus geschaftsstelle','Niedersachsen','DE',NULL,NULL,'https://www.defus.de','Kurt-Schumacher-Straße 29, 30159 Hannover','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
INSERT INTO organisations VALUES(24,'2362243b-41a3-4e9b-afa7-230b42e83484','organisation','Efus','efus','','FR',NULL,NULL,'https://efus.eu','European Forum for Urban Security, Paris.','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
INSERT INTO organisations VALUES(25,'d7f2e25a-6f2d-4c75-b431-e5d280ad1dda','organisation','Deutsches Institut für Urbanistik','deutsches institut fur urbanistik','Berlin','DE',NULL,NULL,'https://difu.de','Jährliches gemeinsames Seminar in Berlin.','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
INSERT INTO organisations VALUES(26,'796b9f28-e35c-414a-911c-4262af114e35','organisation','Universität Tübingen','universitat tubingen','Baden-Württemberg','DE',NULL,NULL,'https://uni-tuebingen.de','Community of Practice Sicherheit im Bahnhofsviertel.','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
INSERT INTO organisations VALUES(27,'382fed6e-6579-4c8d-9137-496987c44512','organisation','Bergische Universität Wuppertal','bergische universitat wuppertal','Nordrhein-Westfalen','DE',NULL,NULL,'https://www.uni-wuppertal.de','Community of Practice Sicherheit im Bahnhofsviertel.','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
INSERT INTO organisations VALUES(28,'aca545f5-1f51-4bcf-8ec2-86ea2ff67409','city','Stadt Zürich','stadt zurich','Zürich','CH',NULL,NULL,'https://www.stadt-zuerich.ch','Studienreise 4.–5. Juli 2024.','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO organisations VALUES(29,'54e5dbd4-acac-41fb-ab05-f66604792dab','organisation','EBP Schweiz AG','ebp schweiz ag','Zürich','CH',NULL,NULL,'https://www.ebp.global','','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO organisations VALUES(30,'67e4f5fb-b8c6-45af-9852-0f2173fd8d7a','organisation','Fraunhofer INT','fraunhofer int','Nordrhein-Westfalen','DE',NULL,NULL,'https://www.int.fraunhofer.de','RiskPACC.','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO organisations VALUES(31,'9312e62f-19de-4ac2-b7cf-4f949038f167','organisation','CommunAid gGmbH','communaid ggmbh','','DE',NULL,NULL,'','Training Demokratische Resilienz.','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO organisations VALUES(32,'56db9e70-55ca-485c-94ab-6992fcdd637e','organisation','ICPC','icpc','','CA',NULL,NULL,'https://cipc-icpc.org','International Centre for the Prevention of Crime, Montréal.','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO organisations VALUES(33,'b96fa4d7-02aa-49ea-9de7-951d8bea729b','organisation','Kveloce I+D+i','kveloce i+d+i','','ES',NULL,NULL,'https://kveloce.com','Konsortialführung CO-SECUR.','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO organisations VALUES(34,'8a6a492a-1cd1-4c3b-9c65-e0dfaebb72ba','organisation','Mitteldeutscher Rundfunk','mitteldeutscher rundfunk','Sachsen','DE',NULL,NULL,'https://www.mdr.de','Redaktion.','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO organisations VALUES(35,'bc08063c-3b42-4e14-a7a4-6a70b8883a2b','organisation','Rundfunk Berlin-Brandenburg','rundfunk berlin-brandenburg','Berlin','DE',NULL,NULL,'https://www.rbb-online.de','Redaktion Radio 1.','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO organisations VALUES(36,'a9774aec-ca2b-4175-b0d9-00e89e3334f1','organisation','ZDF','zdf','Rheinland-Pfalz','DE',NULL,NULL,'https://www.zdf.de','Redaktion Plan B.','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
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
INSERT INTO membership_fees VALUES(1,'c6687f6f-56db-463c-ba3e-8a928cafb5cc',1,2022,200000,'2022-03-10','','2026-11-26T01:30:42.291Z','2026-11-26T01:30:42.291Z',1);
INSERT INTO membership_fees VALUES(2,'ea05144c-262a-4f50-82ee-c5a2a3ee4cfb',1,2023,200000,'2023-03-10','','2026-11-26T01:30:42.291Z','2026-11-26T01:30:42.291Z',1);
INSERT INTO membership_fees VALUES(3,'9d6b5113-88e8-437b-a66f-f175bee38a59',1,2024,200000,'2024-03-10','','2026-11-26T01:30:42.291Z','2026-11-26T01:30:42.291Z',1);
INSERT INTO membership_fees VALUES(4,'94e090eb-50d3-4301-9119-516498903d83',2,2022,350000,'2022-04-17','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(5,'05cbf5d2-3974-45d7-b1b4-ae9f2d7c8e97',2,2023,350000,'2023-04-17','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(6,'2f49a8d2-4129-42ae-be92-16f44775e64f',2,2024,350000,'2024-04-17','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(7,'7ffad87a-3d06-4723-b81c-9c322bc00686',3,2022,300000,'2022-05-24','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(8,'ef08abbe-cf37-441a-b266-b1cd50a34615',3,2023,300000,'2023-05-24','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(9,'d295a64e-2ccc-4ea1-ad48-3a75e351e241',3,2024,300000,'2024-05-24','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(10,'f5cd5ac8-9568-478a-b4b6-caa50bab28f0',4,2022,300000,'2022-02-06','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(11,'bbb435a5-ca2a-4a1f-aa96-cf8e0f6de574',4,2023,300000,'2023-02-06','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(12,'91394b0e-e428-47e9-afb6-a9c301f3982c',4,2024,300000,'2024-02-06','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(13,'89cfef81-1e45-4f75-aecc-4f4359e2464f',5,2022,300000,'2022-03-13','','2026-11-26T01:30:42.292Z','2026-11-26T01:30:42.292Z',1);
INSERT INTO membership_fees VALUES(14,'c888e6c5-aadb-47ff-bb30-6001478d6693',5,2023,300000,'2023-03-13','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(15,'b6c088da-6c29-4229-bed7-3d1573a30595',5,2024,300000,'2024-03-13','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(16,'e955ca92-cf24-42c3-9812-096993e9e3d4',6,2022,300000,'2022-04-20','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(17,'118d2d7d-b2ea-475a-8f2f-682c7d3794af',6,2023,300000,'2023-04-20','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(18,'604ecf69-4f53-46a3-aebc-2aa7f4beb930',6,2024,300000,'2024-04-20','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(19,'ea02981a-fb75-4deb-96d8-1e7fc2885beb',7,2022,200000,'2022-05-27','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(20,'8c33c565-dd9e-486b-8446-08cf95b6fe1a',7,2023,200000,'2023-05-27','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(21,'d085e050-8a4f-4ea6-b8fc-05b0e796d514',7,2024,200000,'2024-05-27','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(22,'82df3c64-3544-4da8-94b3-b1bae88fff07',8,2022,200000,'2022-02-09','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(23,'031b0f62-4b09-4892-b61a-51ca9c31d785',8,2023,200000,'2023-02-09','','2026-11-26T01:30:42.293Z','2026-11-26T01:30:42.293Z',1);
INSERT INTO membership_fees VALUES(24,'d5aa289d-a6e5-4631-8d6f-0e09d8a06346',8,2024,200000,'2024-02-09','','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO membership_fees VALUES(25,'0ec23de5-280d-4f74-8ea9-fddf8e61b7f5',9,2022,200000,'2022-03-16','','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO membership_fees VALUES(26,'d68af0a2-3480-4652-8d0c-3172f14faf49',9,2023,200000,'2023-03-16','','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO membership_fees VALUES(27,'c890ab86-e020-49e5-be00-801a34f67815',9,2024,200000,NULL,'','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO membership_fees VALUES(28,'26d7d197-caf1-4346-adfd-35f88137f9f8',10,2022,200000,'2022-04-23','','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO membership_fees VALUES(29,'8d4bc428-4e4f-4d23-a85e-f32df7c1782b',10,2023,200000,'2023-04-23','','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO membership_fees VALUES(30,'871f5312-b022-4107-8169-d5922fa20743',10,2024,200000,'2024-04-23','','2026-11-26T01:30:42.294Z','2026-11-26T01:30:42.294Z',1);
INSERT INTO membership_fees VALUES(31,'7ca91b90-83cb-4a8a-9272-971815f8da32',11,2022,250000,'2022-05-05','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(32,'36fab3f4-f45d-4ffc-ad70-ca7823327bda',11,2023,250000,'2023-05-05','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(33,'8b18bf21-e0a0-47c5-be60-903aa799921c',11,2024,250000,'2024-05-05','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(34,'66c89812-a5f9-48b9-ab8b-4894a3b6f3b9',12,2022,200000,'2022-02-12','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(35,'99c3aa85-ba0f-41da-ad82-bafd85a247dd',12,2023,200000,'2023-02-12','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(36,'7ac34934-0ba2-4dc1-ab1c-4de91a7c3722',12,2024,200000,'2024-02-12','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(37,'c6a4afc9-1c4f-47f6-8e58-2f1ee15928f5',13,2022,200000,'2022-03-19','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(38,'4108e29c-b741-428b-966f-d8a9ff0ed8cf',13,2023,200000,'2023-03-19','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(39,'49fcce62-cf72-431f-9325-dee5512d528f',13,2024,200000,'2024-03-19','','2026-11-26T01:30:42.295Z','2026-11-26T01:30:42.295Z',1);
INSERT INTO membership_fees VALUES(40,'365e241e-53ad-4e2a-995a-4b6c0b7a9c59',14,2022,350000,'2022-04-26','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(41,'0ed43354-5f79-4687-ae63-7c28082c9945',14,2023,350000,'2023-04-26','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(42,'f7833c5b-8ba4-4ff1-8b57-2c5ccbe470b0',14,2024,350000,'2024-04-26','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(43,'3a6f25cc-48ea-4278-b54e-8cf87ed01d9a',15,2022,300000,'2022-05-08','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(44,'b39ea683-f576-43e9-afad-3716fd6d90d1',15,2023,300000,'2023-05-08','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(45,'c6ebedd2-f701-4764-8b37-f5ed7564b6e7',15,2024,300000,NULL,'','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(46,'eda64ebb-d613-47ea-8ed1-1241806eafb2',16,2022,200000,'2022-02-15','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(47,'888bdd49-7907-4809-af83-082128765e7d',16,2023,200000,'2023-02-15','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(48,'311163c8-2b0e-4431-82bc-60fc1cab7c71',16,2024,200000,'2024-02-15','','2026-11-26T01:30:42.296Z','2026-11-26T01:30:42.296Z',1);
INSERT INTO membership_fees VALUES(49,'4918b65a-6bf7-427a-8d9e-83771ef2f286',17,2022,250000,'2022-03-22','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(50,'e62e2299-3a06-4090-a96c-fa54402b2152',17,2023,250000,'2023-03-22','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(51,'4eebfeea-c0f7-4811-8973-344bcfa4c156',17,2024,250000,'2024-03-22','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(52,'d316d63d-6c8f-46c7-8481-d33815de79b9',18,2022,300000,'2022-04-04','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(53,'f68e63f8-03cc-40d9-b876-8d5b033765ef',18,2023,300000,'2023-04-04','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(54,'f0f582c2-86ba-4149-ad72-76771179e6d1',18,2024,300000,'2024-04-04','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(55,'9183fac3-c7dc-40a3-a571-39b44a83b247',20,2022,150000,'2022-02-18','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(56,'ad94bf1b-6cff-4beb-a751-2d07902ba9ad',20,2023,150000,'2023-02-18','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(57,'6d485ef7-8eac-463e-ba54-b265daf0e93a',20,2024,150000,'2024-02-18','','2026-11-26T01:30:42.297Z','2026-11-26T01:30:42.297Z',1);
INSERT INTO membership_fees VALUES(58,'b344336b-1c8d-4f70-ad0d-111c86843293',21,2022,150000,'2022-03-25','','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
INSERT INTO membership_fees VALUES(59,'3c8a9247-b412-43fa-ad44-742d68fd7161',21,2023,150000,'2023-03-25','','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
INSERT INTO membership_fees VALUES(60,'5c097e8e-72a0-4054-b68b-322fab85a8da',21,2024,150000,'2024-03-25','','2026-11-26T01:30:42.298Z','2026-11-26T01:30:42.298Z',1);
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
INSERT INTO people VALUES(1,'4f3dac46-523f-427d-9af0-a444c23a274b','','Christian','Kromberg','kromberg christian','','','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.299Z','2026-11-26T01:30:42.299Z',1);
INSERT INTO people VALUES(2,'62c61829-8c3d-4461-a1eb-e1d8bbf1a718','Dr.','Volker','Proffen','proffen volker','','','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.300Z','2026-11-26T01:30:42.300Z',1);
INSERT INTO people VALUES(3,'0d1ad078-0aec-47c2-a097-663d354a6cdf','','Anna','Rau','rau anna','anna.rau@defus.example','anna.rau@defus.example','0511 367394-20','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.300Z','2026-11-26T01:30:42.300Z',1);
INSERT INTO people VALUES(4,'5dee2850-8b38-4268-9e32-e2ae79544097','','Margo','Molkenbur','molkenbur margo','margo.molkenbur@defus.example','margo.molkenbur@defus.example','0511 367394-22','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.301Z','2026-11-26T01:30:42.301Z',1);
INSERT INTO people VALUES(5,'9be4df45-23d5-4e1c-b2d4-8cba47aa0b63','Dr.','Meike','Hecker','hecker meike','meike.hecker@defus.example','meike.hecker@defus.example','0511 367394-23','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.301Z','2026-11-26T01:30:42.301Z',1);
INSERT INTO people VALUES(6,'f4120898-0230-4b66-bf98-3bb29e3bd27a','','Kristina','Kutz','kutz kristina','kristina.kutz@defus.example','kristina.kutz@defus.example','0511 367394-21','',0,NULL,1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.301Z','2026-11-26T01:30:42.301Z',1);
INSERT INTO people VALUES(7,'d366d3a1-3940-431c-a144-93603a92c864','','Rolf','Grimmer','grimmer rolf','rolf.grimmer@defus.example','rolf.grimmer@defus.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:30:42.301Z','2026-11-26T01:30:42.301Z',1);
INSERT INTO people VALUES(8,'0efed29d-6d28-476f-9696-420dccf4785a','','Hane','Barrazinji','barrazinji hane','hane.barrazinji@defus.example','hane.barrazinji@defus.example','','',0,NULL,1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.302Z','2026-11-26T01:30:42.302Z',1);
INSERT INTO people VALUES(9,'af2f9a24-3815-4c90-a760-fe9ce783cfb1','Prof. Dr.','Rita','Haverkamp','haverkamp rita','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.302Z','2026-11-26T01:30:42.302Z',1);
INSERT INTO people VALUES(10,'611e866d-78db-4fe7-9ac2-0a3a89f884f9','Dr.','Tim','Lukas','lukas tim','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.302Z','2026-11-26T01:30:42.302Z',1);
INSERT INTO people VALUES(11,'b042a93c-ecb1-4951-8f06-aa2f57b17b4d','','Kurt','Faller','faller kurt','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.302Z','2026-11-26T01:30:42.302Z',1);
INSERT INTO people VALUES(12,'6952cd73-7fc1-4cb8-9695-454f43219671','','Dorothea','Faller','faller dorothea','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO people VALUES(13,'5ec7ceb1-a749-43cf-b3f8-12e5b84fb0d0','','Winfried','Kneip','kneip winfried','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO people VALUES(14,'cb5534c7-cb42-4c20-9e5a-587b47d6166f','','Tillmann','Schulze','schulze tillmann','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO people VALUES(15,'985106ed-80b9-4216-b7f6-0ea7e83517dc','','Andrea','Weiß','weiss andrea','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO people VALUES(16,'ea0f0fb1-daa0-4da8-b990-21ffd48708e5','','Joël','Bellmont','bellmont joel','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO people VALUES(17,'21f5179d-fbc2-4ac4-9ae5-9d5623249233','','Naomi','Bögli','bogli naomi','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO people VALUES(18,'f9fb6d2c-cc49-466b-a125-b1999165dc76','Dr.','Maike','Vollmer','vollmer maike','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO people VALUES(19,'8d1fd21b-bf30-4649-9cb3-bccab7fa95db','','Claudia','Heinzelmann','heinzelmann claudia','','','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO people VALUES(20,'44afc4db-d342-49ec-9eae-56750e543022','','Janina','Hentschel','hentschel janina','','','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO people VALUES(21,'c4e18bc8-f556-48b2-8db7-a7688be36b56','','Sabine','Krüger','kruger sabine','sabine.krueger@augsburg.example','sabine.krueger@augsburg.example','0821 324-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO people VALUES(22,'bf666cfc-c6cc-46c8-9aee-9bf461906a1c','','Jörg','Wendtland','wendtland jorg','joerg.wendtland@berlin.example','joerg.wendtland@berlin.example','030 9027-0000','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.305Z','2026-11-26T01:30:42.305Z',1);
INSERT INTO people VALUES(23,'62033809-5eb2-4093-9789-8085f243efc2','','Melanie','Özdemir','ozdemir melanie','melanie.oezdemir@dortmund.example','melanie.oezdemir@dortmund.example','0231 50-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.305Z','2026-11-26T01:30:42.305Z',1);
INSERT INTO people VALUES(24,'91ed3842-9ef3-4025-b338-7c5bd3683d4a','','Thomas','Schäfer','schafer thomas','thomas.schaefer@duesseldorf.example','thomas.schaefer@duesseldorf.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:30:42.305Z','2026-11-26T01:30:42.305Z',1);
INSERT INTO people VALUES(25,'80300fb5-156e-44bf-877e-f8b1b5124ed6','','Lena','Brückner','bruckner lena','lena.brueckner@duesseldorf.example','lena.brueckner@duesseldorf.example','0211 89-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.306Z','2026-11-26T01:30:42.306Z',1);
INSERT INTO people VALUES(26,'e2a15553-ab22-4961-98d0-0ce42cf02f7d','','Markus','Große-Wilde','grosse-wilde markus','markus.grosse-wilde@essen.example','markus.grosse-wilde@essen.example','0201 88-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.306Z','2026-11-26T01:30:42.306Z',1);
INSERT INTO people VALUES(27,'9963371c-172f-43e3-acf5-c1b21a64f7ac','Dr.','Ayşe','Yılmaz','yılmaz ayse','ayse.yilmaz@frankfurt.example','ayse.yilmaz@frankfurt.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.306Z','2026-11-26T01:30:42.306Z',1);
INSERT INTO people VALUES(28,'64aa3a65-eb0a-4297-b796-26b902fe47ba','','Florian','Maier','maier florian','florian.maier@freiburg.example','florian.maier@freiburg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.306Z','2026-11-26T01:30:42.306Z',1);
INSERT INTO people VALUES(29,'9a496b32-5d0f-4471-8eec-bb15ffbc6d28','','Petra','Kowalczyk','kowalczyk petra','petra.kowalczyk@gelsenkirchen.example','petra.kowalczyk@gelsenkirchen.example','0209 169-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO people VALUES(30,'254a93f1-bbc4-42df-a0c4-354a0d9ed8bf','','Dennis','Hüsken','husken dennis','dennis.huesken@gladbeck.example','dennis.huesken@gladbeck.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO people VALUES(31,'2bd070b2-b106-45ab-b589-03bdd1ced681','','Hanna','Weißgerber','weissgerber hanna','hanna.weissgerber@goettingen.example','hanna.weissgerber@goettingen.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO people VALUES(32,'eb1ab80e-3c16-4b8c-9908-acedf3912c1e','','Jonas','Lindqvist','lindqvist jonas','jonas.lindqvist@goettingen.example','jonas.lindqvist@goettingen.example','0551 400-0000','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO people VALUES(33,'9f3dcaef-8138-4bd7-b378-8f1bd4b45370','','Katrin','Meißner','meissner katrin','katrin.meissner@hannover.example','katrin.meissner@hannover.example','0511 168-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO people VALUES(34,'06df9ec7-e6c5-4b88-9c59-f9600c6e6502','','Andrea','Caspar-Thron','caspar-thron andrea','andrea.caspar-thron@heidelberg.example','andrea.caspar-thron@heidelberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO people VALUES(35,'73db6e2d-684b-4dd4-b927-9a5473fd4c6b','','Stefan','Rößler','rossler stefan','stefan.roessler@karlsruhe.example','stefan.roessler@karlsruhe.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO people VALUES(36,'a3b68520-ad80-4784-8b31-19d6c12fb5b6','','Miriam','Schönfeld','schonfeld miriam','miriam.schoenfeld@koeln.example','miriam.schoenfeld@koeln.example','0221 221-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO people VALUES(37,'41bd6784-fb0c-49ef-a90e-d479b47a55a7','','Uwe','Kästner','kastner uwe','uwe.kaestner@leipzig.example','uwe.kaestner@leipzig.example','','',1,'2024-01-15',0,NULL,0,NULL,'2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO people VALUES(38,'d664088f-210d-4652-b96b-759648e74593','','Nadine','Böhm','bohm nadine','nadine.boehm@mannheim.example','nadine.boehm@mannheim.example','0621 293-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO people VALUES(39,'98ffd831-84cc-4148-b8d6-620c530eee86','','Günter','Fuchs','fuchs gunter','guenter.fuchs@nuernberg.example','guenter.fuchs@nuernberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO people VALUES(40,'c3c02e29-af2c-4666-bdc2-032bbf0cbd8a','','Eva','Ströbele','strobele eva','eva.stroebele@stuttgart.example','eva.stroebele@stuttgart.example','0711 216-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO people VALUES(41,'01268dc1-f127-4c05-a7c2-1ceecb5fe867','','Tobias','Nägele','nagele tobias','tobias.naegele@kaiserslautern.example','tobias.naegele@kaiserslautern.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO people VALUES(42,'b993768a-765f-4b0a-bb6f-44ea1a52ef32','','Birgit','Lührs','luhrs birgit','birgit.luehrs@lpr-nds.example','birgit.luehrs@lpr-nds.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO people VALUES(43,'604c50b1-2c8b-46b9-9414-5ec4cebc3c58','','Ralf','Düring','during ralf','ralf.duering@lpr-nrw.example','ralf.duering@lpr-nrw.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO people VALUES(44,'6f44e206-64ee-407c-acee-9d80b816ae6d','','Elizabeth','Johnston','johnston elizabeth','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO people VALUES(45,'0c34b953-2bb8-4c31-9675-36e2a45399ba','','Jan','Schröder','schroder jan','jan.schroeder@essen.example','jan.schroeder@essen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO people VALUES(46,'1e458100-ed89-4ab3-8f4b-fba7b1392676','','Fatma','Aydın','aydın fatma','fatma.aydin@essen.example','fatma.aydin@essen.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO people VALUES(47,'20d9e51c-b845-4565-8707-76ff2126902a','Dr.','Christoph','Bäumer','baumer christoph','christoph.baeumer@mannheim.example','christoph.baeumer@mannheim.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO people VALUES(48,'a73af9f3-87e6-4f2c-96bf-ec7dccd57edd','','Svenja','Kühn','kuhn svenja','svenja.kuehn@mannheim.example','svenja.kuehn@mannheim.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO people VALUES(49,'311edc08-2238-4fd7-a04d-b8fc81e9d905','','Lukas','Wagner','wagner lukas','lukas.wagner@koeln.example','lukas.wagner@koeln.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.311Z','2026-11-26T01:30:42.311Z',1);
INSERT INTO people VALUES(50,'7f3ad35d-55e0-4389-b9ab-ef343916e648','','Aylin','Demir','demir aylin','aylin.demir@koeln.example','aylin.demir@koeln.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.311Z','2026-11-26T01:30:42.311Z',1);
INSERT INTO people VALUES(51,'115a3050-154c-494d-9afa-c50c6ad3d1c0','','Matthias','Hoffmann','hoffmann matthias','matthias.hoffmann@duesseldorf.example','matthias.hoffmann@duesseldorf.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:30:42.312Z','2026-11-26T01:30:42.312Z',1);
INSERT INTO people VALUES(52,'14cb0424-c6aa-426d-a165-093d7c4110eb','','Nina','Zimmermann','zimmermann nina','nina.zimmermann@stuttgart.example','nina.zimmermann@stuttgart.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.312Z','2026-11-26T01:30:42.312Z',1);
INSERT INTO people VALUES(53,'947d680f-0665-40ce-88d1-63050ebc55a0','','Tobias','Krämer','kramer tobias','tobias.kraemer@stuttgart.example','tobias.kraemer@stuttgart.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.312Z','2026-11-26T01:30:42.312Z',1);
INSERT INTO people VALUES(54,'08c5ebd5-bbbb-498c-9422-34b7de7e9477','','Julia','Neumann','neumann julia','julia.neumann@berlin.example','julia.neumann@berlin.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.313Z','2026-11-26T01:30:42.313Z',1);
INSERT INTO people VALUES(55,'ce747bde-de21-4e97-9327-09b19e80cd6e','','Kerstin','Wolff','wolff kerstin','kerstin.wolff@hannover.example','kerstin.wolff@hannover.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.313Z','2026-11-26T01:30:42.313Z',1);
INSERT INTO people VALUES(56,'f7a3dba9-b711-4c04-b99a-e655ff39cdfe','','Erik','Lange','lange erik','erik.lange@hannover.example','erik.lange@hannover.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T01:30:42.313Z','2026-11-26T01:30:42.313Z',1);
INSERT INTO people VALUES(57,'ac1746be-21af-4f47-b206-1d877194463c','','Sophie','Dubois','dubois sophie','sophie.dubois@freiburg.example','sophie.dubois@freiburg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.313Z','2026-11-26T01:30:42.313Z',1);
INSERT INTO people VALUES(58,'cc3834c8-8915-47a6-9372-7fc98a1bc94b','','Michael','Groß','gross michael','michael.gross@frankfurt.example','michael.gross@frankfurt.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.314Z','2026-11-26T01:30:42.314Z',1);
INSERT INTO people VALUES(59,'13f5405c-c001-41cc-9735-c0fd36376935','','Anja','Köhler','kohler anja','anja.koehler@frankfurt.example','anja.koehler@frankfurt.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.314Z','2026-11-26T01:30:42.314Z',1);
INSERT INTO people VALUES(60,'9381d0ee-bcb6-42f2-9329-02a49fb019fe','','Stefanie','Brandt','brandt stefanie','stefanie.brandt@dortmund.example','stefanie.brandt@dortmund.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.314Z','2026-11-26T01:30:42.314Z',1);
INSERT INTO people VALUES(61,'0dc0b77b-d903-4044-bdb3-5381b7dd09df','','Oliver','Schulz','schulz oliver','oliver.schulz@gelsenkirchen.example','oliver.schulz@gelsenkirchen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.314Z','2026-11-26T01:30:42.314Z',1);
INSERT INTO people VALUES(62,'08d226f1-8a02-4f9e-93d0-6e1f46eb6154','','Laura','Fischer','fischer laura','laura.fischer@gelsenkirchen.example','laura.fischer@gelsenkirchen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO people VALUES(63,'d1dc8d5b-462a-4e52-9120-4466ef5ce9e3','','Benedikt','Huber','huber benedikt','benedikt.huber@augsburg.example','benedikt.huber@augsburg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO people VALUES(64,'d36a1ff8-2118-45a7-ac4d-54c85b1082df','','Carina','Vogel','vogel carina','carina.vogel@nuernberg.example','carina.vogel@nuernberg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO people VALUES(65,'3857fb07-ef4e-4ea7-a91e-57dc8d07b83d','','Daniel','Schäfer','schafer daniel','daniel.schaefer@heidelberg.example','daniel.schaefer@heidelberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO people VALUES(66,'6483447c-34e6-44a5-8e6f-a48db297c493','','Marie','Lehmann','lehmann marie','marie.lehmann@leipzig.example','marie.lehmann@leipzig.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO people VALUES(67,'f9d32e91-c938-4cb2-8414-aa9ef5cc3016','','Felix','Jäger','jager felix','felix.jaeger@karlsruhe.example','felix.jaeger@karlsruhe.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.316Z','2026-11-26T01:30:42.316Z',1);
INSERT INTO people VALUES(68,'5f93561b-f7fa-4c41-9c52-00eaf5a4230a','','Sandra','Möller','moller sandra','sandra.moeller@gladbeck.example','sandra.moeller@gladbeck.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T01:30:42.316Z','2026-11-26T01:30:42.316Z',1);
INSERT INTO people VALUES(69,'0d8a3871-a0f3-4409-817d-c97c8f7b9a57','','Henrik','Olsen','olsen henrik','henrik.olsen@goettingen.example','henrik.olsen@goettingen.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.316Z','2026-11-26T01:30:42.316Z',1);
INSERT INTO people VALUES(70,'cb48d459-256a-4732-828e-24d4dff99b1d','','Petra','Hahn','hahn petra','petra.hahn@lpr-nds.example','petra.hahn@lpr-nds.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T01:30:42.316Z','2026-11-26T01:30:42.316Z',1);
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
INSERT INTO affiliations VALUES(1,'f6610955-27d2-4ed3-904f-e646aba77fe6',1,5,'Beigeordneter; DEFUS-Vorsitzender','2020-01-01',NULL,'2026-11-26T01:30:42.300Z','2026-11-26T01:30:42.300Z',1);
INSERT INTO affiliations VALUES(2,'1a1adb42-8c49-4e6b-b6fc-24ce2d17541e',2,16,'Bürgermeister; stellv. DEFUS-Vorsitzender','2019-01-01',NULL,'2026-11-26T01:30:42.300Z','2026-11-26T01:30:42.300Z',1);
INSERT INTO affiliations VALUES(3,'a67533ec-49c9-4820-ab4e-eb303e92c0a0',3,23,'Geschäftsführerin','2019-04-01',NULL,'2026-11-26T01:30:42.300Z','2026-11-26T01:30:42.300Z',1);
INSERT INTO affiliations VALUES(4,'94793e61-1a0f-43c4-8c1b-1aa4a312c26a',4,23,'wiss. Projektmitarbeiterin (PanReflex)','2022-02-01','2024-12-15','2026-11-26T01:30:42.301Z','2026-11-26T01:30:42.301Z',1);
INSERT INTO affiliations VALUES(5,'9dd67ffc-c440-463c-9053-682af86fd683',5,23,'wiss. Projektmitarbeiterin','2021-09-01',NULL,'2026-11-26T01:30:42.301Z','2026-11-26T01:30:42.301Z',1);
INSERT INTO affiliations VALUES(6,'b52d3bcf-2f02-453d-a065-3f628b19da0d',6,23,'Buchhaltung','2018-01-01',NULL,'2026-11-26T01:30:42.301Z','2026-11-26T01:30:42.301Z',1);
INSERT INTO affiliations VALUES(7,'d3eb85df-2ba8-48ce-99e2-f8091c4f04c6',7,23,'IT & Internetseite','2017-05-01',NULL,'2026-11-26T01:30:42.302Z','2026-11-26T01:30:42.302Z',1);
INSERT INTO affiliations VALUES(8,'0d98fa6a-c7f1-4195-9732-cd21ea260f12',8,23,'Wissenschaftliche Hilfskraft','2023-10-01',NULL,'2026-11-26T01:30:42.302Z','2026-11-26T01:30:42.302Z',1);
INSERT INTO affiliations VALUES(9,'fc8697eb-ad03-4b25-ad61-2eec4ebbc16d',9,26,'Stiftungsprofessur Kriminalprävention und Risikomanagement',NULL,NULL,'2026-11-26T01:30:42.302Z','2026-11-26T01:30:42.302Z',1);
INSERT INTO affiliations VALUES(10,'a1b7740f-831d-4254-bc06-17c5d633b13b',10,27,'Bürgerschaftliches Engagement und Sicherheit',NULL,NULL,'2026-11-26T01:30:42.302Z','2026-11-26T01:30:42.302Z',1);
INSERT INTO affiliations VALUES(11,'734fab8d-f783-42eb-9b98-a4389ae04c66',11,31,'Trainer',NULL,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO affiliations VALUES(12,'f7828748-4e1e-4363-83b3-7036d2d09fbf',12,31,'Trainerin',NULL,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO affiliations VALUES(13,'65abf5b9-19ec-426a-ad1f-fa10577d0b5d',13,31,'Trainer',NULL,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO affiliations VALUES(14,'2ab9d927-0e5c-461a-9948-7b54ec7a7621',14,29,'Sicherheitsberichte',NULL,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO affiliations VALUES(15,'6eb6103d-8072-4613-acdb-da71d89303bb',15,28,'Geschäftsbereichsleiterin Schutz und Prävention',NULL,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO affiliations VALUES(16,'eeab96c1-69ae-4afb-ad2e-195fd86b59fe',16,28,'Teamleiter Drogeninformationszentrum DIZ',NULL,NULL,'2026-11-26T01:30:42.303Z','2026-11-26T01:30:42.303Z',1);
INSERT INTO affiliations VALUES(17,'c3d11416-60e5-4dde-bf49-4c268ba62fae',17,28,'Fachstelle Gleichstellung',NULL,NULL,'2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO affiliations VALUES(18,'fd662920-bfe0-4566-a0ec-9c4cb4d55aaa',18,30,'Wissenschaftlerin',NULL,NULL,'2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO affiliations VALUES(19,'b5a09219-e88f-41ad-a23e-120300611fa4',19,21,'Geschäftsführerin',NULL,NULL,'2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO affiliations VALUES(20,'f8f34d86-1f1b-43f2-94db-7982551d3b47',20,21,'Wissenschaftliche Mitarbeiterin',NULL,NULL,'2026-11-26T01:30:42.304Z','2026-11-26T01:30:42.304Z',1);
INSERT INTO affiliations VALUES(21,'8eb969bd-6f43-4f8c-a219-a78af49f9ff6',21,1,'Kommunale Kriminalprävention','2018-05-01',NULL,'2026-11-26T01:30:42.305Z','2026-11-26T01:30:42.305Z',1);
INSERT INTO affiliations VALUES(22,'96349e7e-e287-46be-ad92-1691c3b20f79',22,2,'Landeskommission Berlin gegen Gewalt','2016-01-01',NULL,'2026-11-26T01:30:42.305Z','2026-11-26T01:30:42.305Z',1);
INSERT INTO affiliations VALUES(23,'4242aa5c-2fbc-4205-a78e-da4649dbb2ce',23,3,'Sonderstab Ordnung und Stadtleben','2021-03-01',NULL,'2026-11-26T01:30:42.305Z','2026-11-26T01:30:42.305Z',1);
INSERT INTO affiliations VALUES(24,'6b8fe3c3-ea6a-4bd7-a74f-574ed39211b0',24,4,'Ordnungs- und Servicedienst','2014-01-01','2024-01-31','2026-11-26T01:30:42.305Z','2026-11-26T01:30:42.305Z',1);
INSERT INTO affiliations VALUES(25,'79fe1274-3940-4236-8873-716b2c912d54',25,4,'Kommunale Prävention','2024-02-01',NULL,'2026-11-26T01:30:42.306Z','2026-11-26T01:30:42.306Z',1);
INSERT INTO affiliations VALUES(26,'cbec893a-882d-477f-b730-3c46eac0a473',26,5,'Ordnungsamt, Prävention','2015-01-01',NULL,'2026-11-26T01:30:42.306Z','2026-11-26T01:30:42.306Z',1);
INSERT INTO affiliations VALUES(27,'1daedd92-bbdb-42e4-b41b-4a0b776de8bb',27,6,'Präventionsrat','2019-01-01',NULL,'2026-11-26T01:30:42.306Z','2026-11-26T01:30:42.306Z',1);
INSERT INTO affiliations VALUES(28,'a94e26d4-01dd-4bfb-9a0d-21f4fea779b9',28,7,'Amt für öffentliche Ordnung','2020-06-01',NULL,'2026-11-26T01:30:42.306Z','2026-11-26T01:30:42.306Z',1);
INSERT INTO affiliations VALUES(29,'69a935d3-ecd1-4a6e-a23c-a6541c1851b8',29,8,'Referat Öffentliche Sicherheit und Ordnung','2018-01-01',NULL,'2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO affiliations VALUES(30,'6268f33f-fd3b-4eba-8937-69109d7a2f70',30,9,'Ordnungsamt','2021-01-01',NULL,'2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO affiliations VALUES(31,'50401c3a-f00a-4a8b-af72-932813424e6b',31,10,'Präventionsrat','2020-01-01','2024-09-30','2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO affiliations VALUES(32,'b690c7e1-b6a3-4a2e-a19d-f2ebaeccdb0d',32,10,'Präventionsrat','2024-10-01',NULL,'2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO affiliations VALUES(33,'3fc478b2-5f6c-4970-ab3b-8a4c66e51ce5',33,11,'Fachbereich Öffentliche Ordnung','2017-01-01',NULL,'2026-11-26T01:30:42.307Z','2026-11-26T01:30:42.307Z',1);
INSERT INTO affiliations VALUES(34,'9cdcd23c-93d2-4ae0-a4ce-bbb8ab1ac6c6',34,12,'Bevölkerungsschutz','2021-01-01',NULL,'2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO affiliations VALUES(35,'9846a3e6-51cf-4654-8765-3e4671f162fc',35,13,'Ordnungs- und Bürgeramt','2017-01-01',NULL,'2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO affiliations VALUES(36,'0f6f1752-e8ca-4414-b3e4-21446d0ded60',36,14,'Amt für öffentliche Ordnung','2016-03-01',NULL,'2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO affiliations VALUES(37,'bb68112a-58b3-4968-b0d6-427e48430e3b',37,15,'Ordnungsamt, Kommunale Kriminalprävention','2019-07-01',NULL,'2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO affiliations VALUES(38,'e86712d0-8ee8-487e-a55b-7aca9868ffc9',38,16,'Sicherheit und Ordnung','2015-01-01',NULL,'2026-11-26T01:30:42.308Z','2026-11-26T01:30:42.308Z',1);
INSERT INTO affiliations VALUES(39,'58a0a2c9-c01d-4a57-afe1-b3e77d7d97fc',39,17,'AK Sicherheit und Sauberkeit','2013-01-01',NULL,'2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO affiliations VALUES(40,'4a7a8c5c-1918-47b7-bc82-48d838e6c7eb',40,18,'Kommunale Kriminalprävention','2012-01-01',NULL,'2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO affiliations VALUES(41,'cfe9fe75-666e-47a0-b2ec-e15d7fffa525',41,19,'Ausschuss Sicherheit und Ordnung','2024-01-15',NULL,'2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO affiliations VALUES(42,'b147d01a-edd9-4792-9b08-93c3b924cca2',42,20,'Geschäftsstelle','2015-01-01',NULL,'2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO affiliations VALUES(43,'322a3dbe-1bff-454a-83b1-7e266b8b363d',43,22,'Geschäftsführung','2024-08-01',NULL,'2026-11-26T01:30:42.309Z','2026-11-26T01:30:42.309Z',1);
INSERT INTO affiliations VALUES(44,'2fd65a97-7b4e-4638-a141-ccc7ea63161b',44,24,'Executive Director',NULL,NULL,'2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO affiliations VALUES(45,'de7256da-181c-4e63-9874-0da31b7ea80c',45,5,'Ordnungsamt','2019-01-01',NULL,'2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO affiliations VALUES(46,'8df1c326-6a1b-4f2d-86f9-d10445ca18f8',46,5,'Gleichstellungsstelle','2020-01-01',NULL,'2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO affiliations VALUES(47,'9d3f79c8-f73f-43d1-b955-e4a2a77dd83b',47,16,'Fachbereich Sicherheit und Ordnung','2018-01-01',NULL,'2026-11-26T01:30:42.310Z','2026-11-26T01:30:42.310Z',1);
INSERT INTO affiliations VALUES(48,'4daa5019-afc2-42e4-8f56-76b898153fe9',48,16,'Kommunaler Ordnungsdienst','2021-01-01',NULL,'2026-11-26T01:30:42.311Z','2026-11-26T01:30:42.311Z',1);
INSERT INTO affiliations VALUES(49,'28f35046-85a6-47e8-a637-c00262d57810',49,14,'Stadtordnungsdienst','2019-01-01',NULL,'2026-11-26T01:30:42.311Z','2026-11-26T01:30:42.311Z',1);
INSERT INTO affiliations VALUES(50,'116b3224-67f0-4ed5-80dc-952d5e143e69',50,14,'Kriminalprävention','2022-03-01',NULL,'2026-11-26T01:30:42.311Z','2026-11-26T01:30:42.311Z',1);
INSERT INTO affiliations VALUES(51,'6223037b-3dfc-408f-aac9-c2ee1c82f61a',51,4,'Ordnungs- und Servicedienst','2016-01-01',NULL,'2026-11-26T01:30:42.312Z','2026-11-26T01:30:42.312Z',1);
INSERT INTO affiliations VALUES(52,'fa438e34-039f-4e09-93cb-919e747ded9a',52,18,'Sicherheitspartnerschaft','2020-01-01',NULL,'2026-11-26T01:30:42.312Z','2026-11-26T01:30:42.312Z',1);
INSERT INTO affiliations VALUES(53,'9922a249-1cea-4860-a21c-f921a8ce3997',53,18,'Amt für öffentliche Ordnung','2017-01-01',NULL,'2026-11-26T01:30:42.312Z','2026-11-26T01:30:42.312Z',1);
INSERT INTO affiliations VALUES(54,'4c6027ae-5c0a-4cfa-9ca5-2a374ccabe93',54,2,'Landeskommission Berlin gegen Gewalt','2021-01-01',NULL,'2026-11-26T01:30:42.313Z','2026-11-26T01:30:42.313Z',1);
INSERT INTO affiliations VALUES(55,'7116e8f7-81fd-46c9-adca-75a564c6eb3b',55,11,'Kommunaler Präventionsrat','2018-01-01',NULL,'2026-11-26T01:30:42.313Z','2026-11-26T01:30:42.313Z',1);
INSERT INTO affiliations VALUES(56,'24f7d65b-4f5d-4fc5-998b-dc0b08fab008',56,11,'Fachbereich Öffentliche Ordnung','2020-01-01',NULL,'2026-11-26T01:30:42.313Z','2026-11-26T01:30:42.313Z',1);
INSERT INTO affiliations VALUES(57,'496df3bc-b234-46fc-9cfb-ef09f5bbebff',57,7,'Kommunale Kriminalprävention','2019-01-01',NULL,'2026-11-26T01:30:42.314Z','2026-11-26T01:30:42.314Z',1);
INSERT INTO affiliations VALUES(58,'b0fc44cd-1cab-4175-88c9-0151bbc2109c',58,6,'Präventionsrat','2016-01-01',NULL,'2026-11-26T01:30:42.314Z','2026-11-26T01:30:42.314Z',1);
INSERT INTO affiliations VALUES(59,'3a0b1a60-6f3e-4059-8231-c7f667b8d156',59,6,'Ordnungsamt','2022-01-01',NULL,'2026-11-26T01:30:42.314Z','2026-11-26T01:30:42.314Z',1);
INSERT INTO affiliations VALUES(60,'cf85fbb1-eee6-411c-b97e-6d6b355fee64',60,3,'Sonderstab Ordnung und Stadtleben','2021-01-01',NULL,'2026-11-26T01:30:42.314Z','2026-11-26T01:30:42.314Z',1);
INSERT INTO affiliations VALUES(61,'afc4fe8d-1d6f-4329-925c-eed8ee1417e9',61,8,'Kommunaler Ordnungsdienst','2019-01-01',NULL,'2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO affiliations VALUES(62,'9c2d858e-739b-4d0e-91ee-e4641ff4cbda',62,8,'Projekt Wahrung des sozialen Friedens','2022-01-01',NULL,'2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO affiliations VALUES(63,'2c24d1ae-cd4e-4022-ab14-9059b77167ea',63,1,'Ordnungsdienst','2020-01-01',NULL,'2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO affiliations VALUES(64,'600b0941-8f31-400d-8032-d0f956f88fe5',64,17,'Sicherheit und Sauberkeit','2021-01-01',NULL,'2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO affiliations VALUES(65,'2acdebe7-dcea-4b5d-bacf-b500abb1c337',65,12,'Amt für Ordnung','2019-01-01',NULL,'2026-11-26T01:30:42.315Z','2026-11-26T01:30:42.315Z',1);
INSERT INTO affiliations VALUES(66,'43dc0f61-ec21-44dc-898e-233468654004',66,15,'Kommunale Kriminalprävention','2020-01-01',NULL,'2026-11-26T01:30:42.316Z','2026-11-26T01:30:42.316Z',1);
INSERT INTO affiliations VALUES(67,'ccf94b1a-e272-4c14-a74f-c2f32062a0ec',67,13,'Kommunaler Ordnungsdienst','2021-01-01',NULL,'2026-11-26T01:30:42.316Z','2026-11-26T01:30:42.316Z',1);
INSERT INTO affiliations VALUES(68,'f30b81df-a2e2-43b6-9ba6-2a648b3bbde5',68,9,'Stadtordnung','2021-01-01',NULL,'2026-11-26T01:30:42.316Z','2026-11-26T01:30:42.316Z',1);
INSERT INTO affiliations VALUES(69,'519c9c93-7f7d-4135-8cd9-839fadc03fa2',69,10,'Ordnungsamt','2019-01-01',NULL,'2026-11-26T01:30:42.316Z','2026-11-26T01:30:42.316Z',1);
INSERT INTO affiliations VALUES(70,'22b05029-5cad-4c09-8849-558eef456be6',70,20,'Referentin','2019-01-01',NULL,'2026-11-26T01:30:42.317Z','2026-11-26T01:30:42.317Z',1);
CREATE TABLE consent_log (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            topic TEXT NOT NULL CHECK (topic IN ('newsletter', 'photos', 'sharing')),
            granted INTEGER NOT NULL,
            effective_on TEXT,
            recorded_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '');
INSERT INTO consent_log VALUES(1,'810e885b-f062-4f4f-a081-ebe61e91c67b',1,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(2,'47e64a20-4bfe-427f-8dce-a94f6492e36a',1,'photos',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(3,'c3aa4b51-3ebb-460f-a1ed-56394c80da7d',1,'sharing',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(4,'773f63b0-74b2-415f-aa19-f0d3af558d77',2,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(5,'bbe8ed9f-3e95-46ae-a9bb-66c25057efc6',2,'photos',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(6,'bad14f9c-19d3-4df3-955e-ab2741978dc5',2,'sharing',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(7,'33958f6e-625b-4c96-be1e-03bc3ddf9268',3,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(8,'38fc2d6c-0c6d-4e5c-88e1-fa19e7796915',3,'photos',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(9,'0ef7e85d-5564-4e6e-919f-c28f6a3178a7',3,'sharing',1,'2024-01-15','2026-11-26T01:30:42.300Z','');
INSERT INTO consent_log VALUES(10,'283fefc6-58b1-4d2a-8fdf-2955c01356f2',4,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.301Z','');
INSERT INTO consent_log VALUES(11,'6ddcb14d-d3d3-407e-acd1-dd56ee5c189a',4,'photos',1,'2024-01-15','2026-11-26T01:30:42.301Z','');
INSERT INTO consent_log VALUES(12,'926c5d15-545e-4b8a-822e-b7ccd98e599f',4,'sharing',1,'2024-01-15','2026-11-26T01:30:42.301Z','');
INSERT INTO consent_log VALUES(13,'477c366f-1c64-42fa-8f9a-7123d2e55cf6',5,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.301Z','');
INSERT INTO consent_log VALUES(14,'20c6a6b2-bf78-4d87-9cb3-bd1911ad95d5',5,'photos',1,'2024-01-15','2026-11-26T01:30:42.301Z','');
INSERT INTO consent_log VALUES(15,'c73d3bbb-ec83-465d-a779-1b0e628a41a3',5,'sharing',1,'2024-01-15','2026-11-26T01:30:42.301Z','');
INSERT INTO consent_log VALUES(16,'0ac7cf85-e268-4310-a7cf-9d2f9e3dd7ef',6,'photos',1,'2024-01-15','2026-11-26T01:30:42.301Z','');
INSERT INTO consent_log VALUES(17,'adaad6ab-546d-4509-bd08-20185a597269',6,'sharing',1,'2024-01-15','2026-11-26T01:30:42.301Z','');
INSERT INTO consent_log VALUES(18,'02e9d8b2-ae04-43f0-bbbf-edbfaacd4a11',7,'sharing',1,'2024-01-15','2026-11-26T01:30:42.302Z','');
INSERT INTO consent_log VALUES(19,'06245bee-6151-4c60-9cc5-82be2b0410f8',8,'photos',1,'2024-01-15','2026-11-26T01:30:42.302Z','');
INSERT INTO consent_log VALUES(20,'3cb75d38-24cd-4d0c-a148-bea8353a51d4',8,'sharing',1,'2024-01-15','2026-11-26T01:30:42.302Z','');
INSERT INTO consent_log VALUES(21,'0c66bcd5-d3cb-423b-ac90-c9515e8a6616',19,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.304Z','');
INSERT INTO consent_log VALUES(22,'8d4995eb-bb86-4f86-a34c-471ec44126fb',19,'sharing',1,'2024-01-15','2026-11-26T01:30:42.304Z','');
INSERT INTO consent_log VALUES(23,'8d7dad5a-4650-4504-bbd0-1846d08110aa',20,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.304Z','');
INSERT INTO consent_log VALUES(24,'d9630b61-df43-4060-88ee-4694f94b34e5',20,'sharing',1,'2024-01-15','2026-11-26T01:30:42.304Z','');
INSERT INTO consent_log VALUES(25,'63463f9b-5186-4e5e-9484-da5bf252308a',21,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(26,'da1438ba-e87e-450e-a494-254fab5d3e4d',21,'photos',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(27,'ceb13f94-4551-4a2b-afb3-ccb5e5684f99',21,'sharing',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(28,'e4fb8bad-da9a-4a54-8dc7-d5e5c4a11728',22,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(29,'f7db6dfa-50c5-45d0-8f8b-daf34d2dce6c',22,'sharing',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(30,'a79966d8-3052-4196-8d6d-f989aa08ad08',23,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(31,'ae8f9e36-b792-404c-b1ab-3dbea5eb04c6',23,'photos',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(32,'a46e6c14-be3e-4486-8343-234c0b99f3b8',23,'sharing',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(33,'ae5fa0f9-9b53-4f4c-baf5-50c1ec40ff06',24,'sharing',1,'2024-01-15','2026-11-26T01:30:42.305Z','');
INSERT INTO consent_log VALUES(34,'6477ce66-22b9-49a9-be89-c951516b3ab5',25,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(35,'20a7f40d-6cf1-4904-86d4-757685828f0e',25,'photos',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(36,'fd8b39a1-24c7-4917-8433-ac272698ed6b',25,'sharing',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(37,'20f3afa0-f0a8-4719-a116-566b46d5782b',26,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(38,'076d6105-f627-4b7f-968f-c7db2b0b93fa',26,'photos',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(39,'3b76ab50-691e-4e58-996e-2723ccfa672f',26,'sharing',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(40,'881c6a39-5b41-48a4-92d7-251cc4bdd1b7',27,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(41,'e3c38bf4-be8e-4745-a797-7d1b7f4ea373',27,'sharing',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(42,'51f51108-b5fb-4d2c-9c4d-1aecededadb3',28,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(43,'3c4a92d9-c7e6-4e48-a31e-66bd772d6f3b',28,'photos',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(44,'5453bfb2-bb00-4237-8403-fe3288802e32',28,'sharing',1,'2024-01-15','2026-11-26T01:30:42.306Z','');
INSERT INTO consent_log VALUES(45,'6eebf68e-561a-4419-9db9-1d065e58f1e3',29,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(46,'229422b9-0810-4553-9545-5b29207b9330',29,'photos',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(47,'1b6f84d5-6f41-442e-9a51-2722a1fc759e',29,'sharing',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(48,'81f09df3-65e8-4f56-b1d2-d02c56862549',30,'sharing',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(49,'aa23c813-4ac5-445a-8c2c-d3a040a0a55b',31,'sharing',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(50,'c8869e9f-3e7d-489c-99af-44910347bd1c',32,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(51,'064329c0-b096-45c5-b4b7-700f0b8df188',32,'sharing',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(52,'ae5a8918-56e0-4ca1-a613-ddb43c877c77',33,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(53,'72df25e4-2878-4e0e-9b41-a9c934caf901',33,'photos',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(54,'2512d8b0-34a1-4f0c-bc54-ff517b365c3e',33,'sharing',1,'2024-01-15','2026-11-26T01:30:42.307Z','');
INSERT INTO consent_log VALUES(55,'bf5999f6-400e-43ca-9a0e-73e41ffb501f',34,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(56,'f1f2e50f-fd4e-4c08-922e-fe0a31d795e0',34,'sharing',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(57,'f428dae8-dbe7-4913-bd13-ff3ae73f84a2',35,'sharing',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(58,'a7359cdc-c3ac-4901-a81f-7e3b1dadf9d6',36,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(59,'f572e97c-8f7a-4cbc-a326-305df55d7edd',36,'photos',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(60,'0ec924f1-9fa6-4913-8bed-f0ef4dc3f56d',36,'sharing',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(61,'fcc6c001-e78b-4be9-8f06-2524dbb7dec5',37,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(62,'9900f430-6fb0-492c-bb82-25c3d17554cd',38,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(63,'369e998e-bdfe-4db3-a534-6362d9f865db',38,'photos',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(64,'092eb029-429a-4ec3-b3fb-03ad78f1e4be',38,'sharing',1,'2024-01-15','2026-11-26T01:30:42.308Z','');
INSERT INTO consent_log VALUES(65,'fbb10a0d-7dde-40fb-b812-46973fff4512',39,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(66,'6af7d0af-c2da-4e23-956e-40663f97b71b',39,'sharing',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(67,'6f0fa750-1e0c-4b62-ba2f-2b3a4d7372fe',40,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(68,'4aa58211-3bf9-47af-b541-2118c9be1acd',40,'photos',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(69,'17990c6f-8685-4917-8f1d-f8f08b759bcc',40,'sharing',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(70,'c5395d0f-bc2b-4a30-b004-754709071848',41,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(71,'851668c8-bbd5-4b11-876b-b8bf310d3961',41,'sharing',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(72,'49f0eb00-ed80-4db0-bf0b-594f800ab3fe',42,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(73,'6a0fe7db-7231-432c-a7b9-e955c7ed21be',42,'photos',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(74,'791e9e90-65cf-4fc4-9090-dd5217a733dc',42,'sharing',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(75,'19386f3f-23bc-4ec9-a8a2-bc8a3ffbe465',43,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(76,'cf906672-78d4-46a7-bf1b-03c39907ec7e',43,'sharing',1,'2024-01-15','2026-11-26T01:30:42.309Z','');
INSERT INTO consent_log VALUES(77,'3ec72235-254f-4359-8192-2987b8ec8d52',45,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.310Z','');
INSERT INTO consent_log VALUES(78,'ff87435d-e8ac-47f2-82a1-27c59a88a8d7',45,'photos',1,'2024-01-15','2026-11-26T01:30:42.310Z','');
INSERT INTO consent_log VALUES(79,'d1d4db46-c78b-4665-b01d-ac877765d9ea',45,'sharing',1,'2024-01-15','2026-11-26T01:30:42.310Z','');
INSERT INTO consent_log VALUES(80,'be2889ab-fcec-41ec-a40b-d83c1d78d588',46,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.310Z','');
INSERT INTO consent_log VALUES(81,'51064fe6-c878-46cc-9364-ef4997c11948',46,'sharing',1,'2024-01-15','2026-11-26T01:30:42.310Z','');
INSERT INTO consent_log VALUES(82,'bbcc4a25-2a98-4a53-95ba-3caf9b2c5f85',47,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.310Z','');
INSERT INTO consent_log VALUES(83,'561ad0c3-a4ec-4a38-b5af-670dfbebe271',47,'photos',1,'2024-01-15','2026-11-26T01:30:42.310Z','');
INSERT INTO consent_log VALUES(84,'6c6e5fba-ab0d-4c2f-b685-0df8f0e77a84',47,'sharing',1,'2024-01-15','2026-11-26T01:30:42.310Z','');
INSERT INTO consent_log VALUES(85,'9898bb20-b56d-4636-9d8b-306c3682d2ad',48,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.311Z','');
INSERT INTO consent_log VALUES(86,'9dcd7746-6189-4f27-8d2a-b8ba299fed70',48,'photos',1,'2024-01-15','2026-11-26T01:30:42.311Z','');
INSERT INTO consent_log VALUES(87,'f435f916-a1ff-4387-953b-89b5fa7bd7fc',48,'sharing',1,'2024-01-15','2026-11-26T01:30:42.311Z','');
INSERT INTO consent_log VALUES(88,'d0c1bcf9-d606-4313-b807-489ee76a3848',49,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.311Z','');
INSERT INTO consent_log VALUES(89,'af14fcdb-9b09-4db7-b55b-c5899e0f054e',49,'photos',1,'2024-01-15','2026-11-26T01:30:42.311Z','');
INSERT INTO consent_log VALUES(90,'6196f0bc-cb77-435c-b811-aed52b571eff',49,'sharing',1,'2024-01-15','2026-11-26T01:30:42.311Z','');
INSERT INTO consent_log VALUES(91,'680c0b60-ab99-4ca0-8faa-9fa7b78b126f',50,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.311Z','');
INSERT INTO consent_log VALUES(92,'84c5a9b2-d14a-4877-9aa2-7866c055c9fe',50,'sharing',1,'2024-01-15','2026-11-26T01:30:42.311Z','');
INSERT INTO consent_log VALUES(93,'ad10e43d-d96e-460c-80be-021c4bf628b9',51,'sharing',1,'2024-01-15','2026-11-26T01:30:42.312Z','');
INSERT INTO consent_log VALUES(94,'d203a279-98f1-402e-9691-b7c4c90eff4f',52,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.312Z','');
INSERT INTO consent_log VALUES(95,'fea63680-0b9e-4fc7-a96d-c77e285f2260',52,'photos',1,'2024-01-15','2026-11-26T01:30:42.312Z','');
INSERT INTO consent_log VALUES(96,'d963ccb8-1416-4045-8828-b111bffa83ad',52,'sharing',1,'2024-01-15','2026-11-26T01:30:42.312Z','');
INSERT INTO consent_log VALUES(97,'6d77d7e1-2011-4e59-a8fb-cc8843ecb8db',53,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.312Z','');
INSERT INTO consent_log VALUES(98,'56489a01-f18b-445b-8665-5b8d58b8b0e5',53,'sharing',1,'2024-01-15','2026-11-26T01:30:42.312Z','');
INSERT INTO consent_log VALUES(99,'ba9e9865-8712-424a-902a-da40bcb57b97',54,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(100,'6a770baa-0858-44d3-8f8a-a84bde0c0040',54,'photos',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(101,'7b84a783-7992-42c1-9064-4e5210bd2348',54,'sharing',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(102,'be2680e3-c032-436d-b697-4770a462820f',55,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(103,'ed2813b1-b1f6-40f2-a195-70256a8331a4',55,'photos',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(104,'612d21f2-f103-4540-92b9-465b8ba590ad',55,'sharing',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(105,'8047f919-e826-48c6-a5f3-c55598ac7a98',56,'sharing',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(106,'d5abc960-ff6a-4338-ada4-9b811f0a36b8',57,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(107,'49ed9dbc-35cb-42c9-9c34-108f151948c7',57,'photos',1,'2024-01-15','2026-11-26T01:30:42.313Z','');
INSERT INTO consent_log VALUES(108,'f0c07813-a937-4e05-8dc0-f33b30102d95',57,'sharing',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(109,'f30cf3b4-eaa2-4015-a453-ae7a34541005',58,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(110,'537d6710-83ba-42eb-97f5-89e1b52307f1',58,'sharing',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(111,'54104694-b7da-487b-ad2a-7c7bb4e298ec',59,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(112,'2dc059e6-f123-4f78-9119-3d8a740413ec',59,'photos',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(113,'a4d9afb0-5405-492e-bbf5-ce1a91007d23',59,'sharing',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(114,'60d306a1-3779-4983-aa80-8cfa2a9fbf24',60,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(115,'a872f7e9-2706-460e-b21a-efa833dff639',60,'photos',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(116,'69be7b68-66d9-4369-b233-99a9d87dc757',60,'sharing',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(117,'d5e83be6-b604-41d3-b49c-f1885308a62d',61,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.314Z','');
INSERT INTO consent_log VALUES(118,'e019a45f-2d73-452b-8d15-c7fe25c9431f',61,'photos',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(119,'ceeff9e3-45c0-492d-b728-f908f72e38cb',61,'sharing',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(120,'b8d614fc-45f0-46d5-a160-63fc97466ff5',62,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(121,'82ebf8e3-5cbb-441e-be38-79d65bf17aef',62,'photos',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(122,'2363e683-62a8-4812-911f-c560462e1c5c',62,'sharing',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(123,'530d2e2b-2377-4ea6-abc3-e755081502f4',63,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(124,'12a54b3e-2702-4e36-a0ba-83442dd84700',63,'sharing',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(125,'b5702682-9cd7-43f4-920d-46040a513ca3',64,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(126,'e19d17fd-659d-423d-b8e4-75fad1878bfe',64,'photos',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(127,'5b31a2ba-6b80-46f8-b985-10eac200797d',64,'sharing',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(128,'fbd128f4-1aa7-404f-b0e7-7a3d280f8691',65,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(129,'10523657-e1b4-4953-a1c7-a1b48d00d160',65,'sharing',1,'2024-01-15','2026-11-26T01:30:42.315Z','');
INSERT INTO consent_log VALUES(130,'02ad7a9d-fbcb-4ad2-bb3e-ba36dfc4a463',66,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(131,'7e8812fc-9cd6-4d38-a1ad-51d3b236f556',66,'photos',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(132,'9ee3353c-c624-4a90-b1c2-6ce8b750e588',66,'sharing',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(133,'715f7202-9053-4133-9207-62cef958c094',67,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(134,'1ef170fa-19a1-4a8f-bb06-5e63bd13a5e5',67,'photos',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(135,'f854471b-7f28-4147-96ac-44001a4b5a72',67,'sharing',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(136,'13553858-9e91-4602-9319-2297aed66bc9',68,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(137,'2180dfe4-b722-47d8-8046-b9a1074ccad6',68,'sharing',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(138,'299e87d8-d6f5-4ec6-813e-1e99551ddef6',69,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(139,'303aa9d5-7943-407f-8fba-83465900674c',69,'photos',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(140,'cff9c71d-9dfe-4113-88b4-e82e8baa6920',69,'sharing',1,'2024-01-15','2026-11-26T01:30:42.316Z','');
INSERT INTO consent_log VALUES(141,'135f5468-35ec-45ee-85f7-78d07a13d071',70,'newsletter',1,'2024-01-15','2026-11-26T01:30:42.317Z','');
INSERT INTO consent_log VALUES(142,'03d99223-d856-4c6f-ae93-e4874a438364',70,'photos',1,'2024-01-15','2026-11-26T01:30:42.317Z','');
INSERT INTO consent_log VALUES(143,'cd04801d-def7-4c39-b42e-4e4d66112bc5',70,'sharing',1,'2024-01-15','2026-11-26T01:30:42.317Z','');
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
INSERT INTO event_kinds VALUES(1,'f8f68926-337a-4ccd-b4a9-156a7f461c72','general_assembly','Mitgliederversammlung','General assembly',10,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(2,'b4eadbcf-57c6-4f6b-9a06-7bad6b454f57','workshop','Workshop','Workshop',20,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(3,'0ac14a5f-e391-4c32-87fb-ce39e5b62678','webinar','Webinar','Webinar',30,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(4,'d25d13b0-1a34-4e22-94d8-ee9c042efb53','conference','Fachtagung','Conference',40,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(5,'59d2fe44-568a-42c8-8f47-67b083b3dbf6','congress','Konferenz','Congress',50,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(6,'cf9a44be-9a0d-4f58-b6a9-5f9189915b82','seminar','Seminar','Seminar',60,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(7,'56e46aea-755c-4550-b2f3-42e50bd967dd','study_trip','Studienreise','Study trip',70,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(8,'52fea34b-e7c0-4416-ba0d-ab5a5dda6598','exchange','Austausch','Exchange',80,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(9,'46c63269-1b4d-40ae-be85-d81bb587dc2c','project_meeting','Projekttreffen','Project meeting',90,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(10,'cd315220-1f89-4094-9f52-e92ece104912','training','Training','Training',100,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(11,'123c7912-e28d-4ac8-a147-f8ecaf675941','board_meeting','Sitzung','Board meeting',110,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
INSERT INTO event_kinds VALUES(12,'ec4b932f-cd4b-46bc-8c4d-c1e47ef76d63','other','Sonstiges','Other',120,'2026-11-26T01:30:42.290Z','2026-11-26T01:30:42.290Z',1);
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
INSERT INTO events VALUES(1,'c7f637d1-c2bb-4470-b5b6-7d486a1689e4','DEFUS-Austausch: Umsetzung der Istanbul-Konvention','defus-austausch: umsetzung der istanbul-konvention',8,NULL,'2024-02-08','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.317Z','2026-11-26T01:30:42.317Z',1);
INSERT INTO events VALUES(2,'589918a3-5aee-4d1a-b833-2e61f83ea380','SiBa-Webinar: Sichere Bahnhöfe für Alle','siba-webinar: sichere bahnhofe fur alle',3,NULL,'2024-02-13','14:00',NULL,'15:30','online','','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',NULL,0,54,'',1,'','2026-11-26T01:30:42.317Z','2026-11-26T01:30:42.317Z',1);
INSERT INTO events VALUES(3,'beea783e-0154-4910-af53-e6b5653eb812','DEFUS-Workshop: Strategische Weiterentwicklung der kommunalen Prävention','defus-workshop: strategische weiterentwicklung der kommunalen pravention',2,NULL,'2024-02-15','10:00',NULL,'16:00','on_site','Mannheim','','members','organiser','',NULL,'',25,0,NULL,'',1,'','2026-11-26T01:30:42.318Z','2026-11-26T01:30:42.318Z',1);
INSERT INTO events VALUES(4,'4f4c7173-98ea-48dd-bfba-e67b1147c685','PanReflex Projekttreffen','panreflex projekttreffen',9,NULL,'2024-02-27',NULL,NULL,NULL,'on_site','Hannover','','members','organiser','Difu',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.318Z','2026-11-26T01:30:42.318Z',1);
INSERT INTO events VALUES(5,'e69cd855-a2b9-4064-b669-2fc91994fafa','LegiNot Projekttreffen','leginot projekttreffen',9,NULL,'2024-03-12',NULL,NULL,NULL,'online','','','members','attendee','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.319Z','2026-11-26T01:30:42.319Z',1);
INSERT INTO events VALUES(6,'b4ae2f49-4b46-4b24-a286-c1e5b3444ed7','Efus-Konferenz: Security, Democracy and Cities','efus-konferenz: security, democracy and cities',5,NULL,'2024-03-20',NULL,'2024-03-22',NULL,'on_site','Brüssel','','public','attendee','',NULL,'',NULL,0,700,'',1,'','2026-11-26T01:30:42.319Z','2026-11-26T01:30:42.319Z',1);
INSERT INTO events VALUES(7,'1eb5d02f-1d82-48fb-99db-f247e4e0ccdd','SiBa-Workshop: Toleranz und Sicherheit','siba-workshop: toleranz und sicherheit',2,NULL,'2024-04-18','10:00',NULL,'17:00','on_site','Bremen','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',30,0,30,'',1,'','2026-11-26T01:30:42.320Z','2026-11-26T01:30:42.320Z',1);
INSERT INTO events VALUES(8,'609a1f16-04b4-4af5-a944-82d267cfd6d4','PanReflex Innovationsworkshop','panreflex innovationsworkshop',2,NULL,'2024-04-23',NULL,NULL,NULL,'on_site','Arnshausen','','members','organiser','',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.320Z','2026-11-26T01:30:42.320Z',1);
INSERT INTO events VALUES(9,'0ba07238-9589-4d62-8aca-23550e62c969','AK Öffentliche Sicherheit','ak offentliche sicherheit',12,NULL,'2024-04-25',NULL,NULL,NULL,'on_site','Hannover','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.321Z','2026-11-26T01:30:42.321Z',1);
INSERT INTO events VALUES(10,'fb79383f-3cfc-4f12-b5a8-cef7ce6925bb','26. Mitgliederversammlung','26. mitgliederversammlung',1,26,'2024-05-16','10:00',NULL,'13:00','online','','','members','organiser','',NULL,'',NULL,0,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-26T01:30:42.321Z','2026-11-26T01:30:42.321Z',1);
INSERT INTO events VALUES(11,'0520f873-d0c9-4c89-9e40-dce208e426b5','Deutscher Präventionstag','deutscher praventionstag',5,NULL,'2024-06-10',NULL,'2024-06-11',NULL,'on_site','Cottbus','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.321Z','2026-11-26T01:30:42.321Z',1);
INSERT INTO events VALUES(12,'7f682284-685d-4203-ae3a-1ba9c17225c8','Workshop Weiterentwicklung der Kommunalen Prävention auf dem DPT','workshop weiterentwicklung der kommunalen pravention auf dem dpt',2,NULL,'2024-06-11','14:00',NULL,'15:30','on_site','Cottbus','','public','co_organiser','Stadt Augsburg',NULL,'',NULL,0,25,'',1,'','2026-11-26T01:30:42.322Z','2026-11-26T01:30:42.322Z',1);
INSERT INTO events VALUES(13,'62410d12-11ff-4721-93e1-eb56fe4451cb','DEFUS-Austausch: Mit Trick 17 gegen Polarisierung und Extremismus','defus-austausch: mit trick 17 gegen polarisierung und extremismus',8,NULL,'2024-06-18','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.322Z','2026-11-26T01:30:42.322Z',1);
INSERT INTO events VALUES(14,'8eccc982-e606-4ea1-b360-dbe04abb2fa0','DEFUS-Austausch: Hass und Hetze gegen Amtsträger*innen','defus-austausch: hass und hetze gegen amtstrager*innen',8,NULL,'2024-06-27','14:00',NULL,'15:30','online','','','members','organiser','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.323Z','2026-11-26T01:30:42.323Z',1);
INSERT INTO events VALUES(15,'492e5380-c759-40f5-9f1f-f8f371ce7f7c','PanReflex-Webinar: Soziale Kohäsion und Resilienz','panreflex-webinar: soziale kohasion und resilienz',3,NULL,'2024-06-20','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,35,'',1,'','2026-11-26T01:30:42.323Z','2026-11-26T01:30:42.323Z',1);
INSERT INTO events VALUES(16,'217f50d6-fb8b-4812-a133-c56ea66bdbc3','CO-SECUR Projekttreffen','co-secur projekttreffen',9,NULL,'2024-06-04',NULL,'2024-06-05',NULL,'on_site','Helsinki','','members','attendee','',NULL,'CO-SECUR',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.324Z','2026-11-26T01:30:42.324Z',1);
INSERT INTO events VALUES(17,'a120a36a-be5f-4aca-9727-d412cb617733','Efus-Generalversammlung','efus-generalversammlung',1,NULL,'2024-06-25',NULL,NULL,NULL,'on_site','Liège','','members','attendee','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.324Z','2026-11-26T01:30:42.324Z',1);
INSERT INTO events VALUES(18,'6beef21c-1133-4186-9b03-3e014012ffca','DEFUS-Studienreise nach Zürich','defus-studienreise nach zurich',7,NULL,'2024-07-04',NULL,'2024-07-05',NULL,'on_site','Zürich','','members','organiser','Stadt Zürich',NULL,'',24,0,22,'',1,'','2026-11-26T01:30:42.324Z','2026-11-26T01:30:42.324Z',1);
INSERT INTO events VALUES(19,'abc26fc6-8459-46be-8897-06fa15221703','PanReflex Projekttreffen','panreflex projekttreffen',9,NULL,'2024-08-21',NULL,NULL,NULL,'on_site','Köln','','members','organiser','',NULL,'PanReflex',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.325Z','2026-11-26T01:30:42.325Z',1);
INSERT INTO events VALUES(20,'01feb58e-3196-4fd0-be6a-3495345b9a75','Fachtagung Digitalisierung der Sexarbeit','fachtagung digitalisierung der sexarbeit',4,NULL,'2024-09-12','10:00',NULL,'16:30','on_site','Essen','','public','organiser','',5,'',80,0,80,'',1,'','2026-11-26T01:30:42.325Z','2026-11-26T01:30:42.325Z',1);
INSERT INTO events VALUES(21,'d030cc88-5a99-45b6-8756-1d7e5d21efc5','Innenstadtforum sichere Innenstädte','innenstadtforum sichere innenstadte',12,NULL,'2024-09-17',NULL,NULL,NULL,'on_site','Köln','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.325Z','2026-11-26T01:30:42.325Z',1);
INSERT INTO events VALUES(22,'3145814e-0ef4-4f5d-9ba9-d738bf41bc17','27. Mitgliederversammlung','27. mitgliederversammlung',1,27,'2024-09-19','13:00','2024-09-20','13:00','on_site','Gelsenkirchen','','members','organiser','',NULL,'',45,0,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-26T01:30:42.326Z','2026-11-26T01:30:42.326Z',1);
INSERT INTO events VALUES(23,'26e969e2-3876-4cc1-a687-ddc3ca97283a','DEFUS-Difu-Seminar: Verwaltung kann Krise','defus-difu-seminar: verwaltung kann krise',6,NULL,'2024-09-24',NULL,'2024-09-25',NULL,'on_site','Berlin','','public','co_organiser','Deutsches Institut für Urbanistik',NULL,'PanReflex',20,0,20,'',1,'','2026-11-26T01:30:42.326Z','2026-11-26T01:30:42.326Z',1);
INSERT INTO events VALUES(24,'2a372ed8-8e34-407d-a409-a0daeddba2ca','PanReflex-Webinar: Lernen aus der Pandemie – After Action Review und Pandemieplanung','panreflex-webinar: lernen aus der pandemie – after action review und pandemieplanung',3,NULL,'2024-10-10','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,72,'',1,'','2026-11-26T01:30:42.327Z','2026-11-26T01:30:42.327Z',1);
INSERT INTO events VALUES(25,'5135cb7c-2e14-41ac-9119-8d889a839c49','CO-SECUR Projekttreffen','co-secur projekttreffen',9,NULL,'2024-10-15',NULL,'2024-10-16',NULL,'on_site','Porto','','members','attendee','',NULL,'CO-SECUR',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.327Z','2026-11-26T01:30:42.327Z',1);
INSERT INTO events VALUES(26,'c329e3fd-aa26-47a6-a16a-167f173c374e','LegiNot Projekttreffen','leginot projekttreffen',9,NULL,'2024-10-22',NULL,NULL,NULL,'on_site','Freiburg','','members','attendee','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.327Z','2026-11-26T01:30:42.327Z',1);
INSERT INTO events VALUES(27,'6e0efc72-dcf7-4859-8bd3-010132e4ead9','KOMPASS Tagung Hessen','kompass tagung hessen',4,NULL,'2024-11-06',NULL,NULL,NULL,'on_site','Wiesbaden','','public','speaker','',NULL,'',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.328Z','2026-11-26T01:30:42.328Z',1);
INSERT INTO events VALUES(28,'575ccda5-4be6-4274-bfd3-6647d3303788','LegiNot-Webinar: Kommunen in der Polykrise','leginot-webinar: kommunen in der polykrise',3,NULL,'2024-11-14','14:00',NULL,'15:30','online','','','public','speaker','',NULL,'LegiNot',NULL,0,NULL,'',1,'','2026-11-26T01:30:42.328Z','2026-11-26T01:30:42.328Z',1);
INSERT INTO events VALUES(29,'f6c6ffa3-37ff-4b80-90f4-2be7bb2a2c11','SiBa-Webinar: Dortmunder Sonderstab Ordnung und Stadtleben','siba-webinar: dortmunder sonderstab ordnung und stadtleben',3,NULL,'2024-11-19','14:00',NULL,'15:30','online','','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',NULL,0,52,'',1,'','2026-11-26T01:30:42.329Z','2026-11-26T01:30:42.329Z',1);
INSERT INTO events VALUES(30,'a7afada6-0f2e-4f65-98c3-366feb33f0b0','Fachtagung Doing Crisis: Politik, Praxis und Wissenschaft im Dialog','fachtagung doing crisis: politik, praxis und wissenschaft im dialog',4,NULL,'2024-11-21','10:00',NULL,'17:00','on_site','Hannover','','public','organiser','',NULL,'LegiNot',70,0,65,'',1,'','2026-11-26T01:30:42.329Z','2026-11-26T01:30:42.329Z',1);
INSERT INTO events VALUES(31,'02b8b515-d124-4f49-860f-12b873bb90ea','Efus-Exekutivkomitee','efus-exekutivkomitee',11,NULL,'2024-12-05',NULL,NULL,NULL,'on_site','Köln','','members','attendee','',NULL,'',NULL,0,40,'',1,'','2026-11-26T01:30:42.330Z','2026-11-26T01:30:42.330Z',1);
INSERT INTO events VALUES(32,'32b3ea11-aee2-41b6-996f-66cb9e6d59de','PanReflex-Webinar: Inklusiver Katastrophenschutz','panreflex-webinar: inklusiver katastrophenschutz',3,NULL,'2024-12-05','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,0,57,'',1,'','2026-11-26T01:30:42.330Z','2026-11-26T01:30:42.330Z',1);
INSERT INTO events VALUES(33,'8d6f8d05-95be-4fb3-9746-842d454d5cc6','PanReflex-Webinar: Psychosoziales Lagebild','panreflex-webinar: psychosoziales lagebild',3,NULL,'2025-01-22','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-26T01:30:42.331Z','2026-11-26T01:30:42.331Z',1);
INSERT INTO events VALUES(34,'308888d5-16fa-4b99-b235-c6e06cec8a69','DEFUS-Webaustausch: Vorstellung EQAL-Projekt','defus-webaustausch: vorstellung eqal-projekt',8,NULL,'2025-02-12','14:00',NULL,'15:00','online','','','members','organiser','',NULL,'',NULL,1,NULL,'',1,'','2026-11-26T01:30:42.331Z','2026-11-26T01:30:42.331Z',1);
INSERT INTO events VALUES(35,'14b005ee-0468-47ea-a90d-adc3c24804a4','PanReflex-Webinar: Konzepte des flexiblen Personaleinsatzes','panreflex-webinar: konzepte des flexiblen personaleinsatzes',3,NULL,'2025-03-06','14:00',NULL,'15:00','online','','','public','organiser','Difu',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-26T01:30:42.332Z','2026-11-26T01:30:42.332Z',1);
INSERT INTO events VALUES(36,'984a942e-72dd-4aba-8e0a-05b37a1862dd','SiBa-Workshop 2025: Das Frankfurter Bahnhofsviertel','siba-workshop 2025: das frankfurter bahnhofsviertel',2,NULL,'2025-03-13',NULL,'2025-03-14',NULL,'on_site','Frankfurt am Main','','public','co_organiser','Universität Tübingen, Bergische Universität Wuppertal',NULL,'SiBa',20,0,NULL,'',1,'','2026-11-26T01:30:42.332Z','2026-11-26T01:30:42.332Z',1);
INSERT INTO events VALUES(37,'0c618c1f-b9a4-462f-b4a7-1429fdad7047','PanReflex-Webinar: Schließen der Risk Perception Action Gap','panreflex-webinar: schliessen der risk perception action gap',3,NULL,'2025-04-03','14:00',NULL,'15:00','online','','','public','organiser','Fraunhofer INT',NULL,'PanReflex',NULL,1,NULL,'',1,'','2026-11-26T01:30:42.332Z','2026-11-26T01:30:42.332Z',1);
INSERT INTO events VALUES(38,'f79e4869-4223-45fc-b02c-35d536e4c10f','Pufii Training: Demokratische Resilienz','pufii training: demokratische resilienz',10,NULL,'2025-04-03',NULL,'2025-04-04',NULL,'on_site','Hannover','','public','organiser','CommunAid gGmbH',NULL,'Pufii',16,1,NULL,'',1,'','2026-11-26T01:30:42.333Z','2026-11-26T01:30:42.333Z',1);
INSERT INTO events VALUES(39,'1e2b9dbf-3b89-4242-9be8-73d6269d8808','Difu & DEFUS Seminar: Sichere Städte – marginalisierte Gruppen im öffentlichen Raum','difu & defus seminar: sichere stadte – marginalisierte gruppen im offentlichen raum',6,NULL,'2025-05-15',NULL,'2025-05-16',NULL,'on_site','Berlin','','public','co_organiser','Deutsches Institut für Urbanistik',NULL,'',25,1,NULL,'',1,'','2026-11-26T01:30:42.333Z','2026-11-26T01:30:42.333Z',1);
INSERT INTO events VALUES(40,'74835eca-1967-49b2-b46d-c42a6327a5c3','28. Mitgliederversammlung','28. mitgliederversammlung',1,28,'2025-09-16',NULL,'2025-09-17',NULL,'on_site','Stuttgart','','members','organiser','',NULL,'',45,1,NULL,'https://www.defus.example/intern/mitgliederversammlungen',1,'','2026-11-26T01:30:42.333Z','2026-11-26T01:30:42.333Z',1);
CREATE TABLE registrations (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'attended', 'no_show')),
            source TEXT NOT NULL DEFAULT 'email' CHECK (source IN ('phone', 'email', 'form', 'on_site', 'paper', 'import')),
            registered_at TEXT NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            row_version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (event_id, person_id));
INSERT INTO registrations VALUES(1,'fc100761-647b-40b3-8623-540455bd7b38',22,46,'attended','phone','2024-07-15T09:00:00.000Z','','2026-11-26T01:30:42.335Z','2026-11-26T01:30:42.355Z',2);
INSERT INTO registrations VALUES(2,'acaff629-7151-464f-8b63-d5ed68cf7684',22,8,'attended','email','2024-07-15T16:10:00.000Z','','2026-11-26T01:30:42.335Z','2026-11-26T01:30:42.355Z',2);
INSERT INTO registrations VALUES(3,'041f4cc0-14f4-47a5-9ee1-afb0ea0d0d50',22,47,'attended','form','2024-07-15T23:20:00.000Z','','2026-11-26T01:30:42.336Z','2026-11-26T01:30:42.355Z',2);
INSERT INTO registrations VALUES(4,'f710ba79-111f-4c91-ad47-a37ea92db0e7',22,38,'cancelled','phone','2024-07-16T06:30:00.000Z','','2026-11-26T01:30:42.337Z','2026-11-26T01:30:42.356Z',2);
INSERT INTO registrations VALUES(5,'12404a58-572b-4cc7-9cad-3ac898bd0cae',22,60,'attended','email','2024-07-16T13:40:00.000Z','','2026-11-26T01:30:42.337Z','2026-11-26T01:30:42.356Z',2);
INSERT INTO registrations VALUES(6,'b3e720d9-52cc-4554-a335-509a28227e2c',22,25,'no_show','form','2024-07-16T20:00:00.000Z','','2026-11-26T01:30:42.338Z','2026-11-26T01:30:42.357Z',2);
INSERT INTO registrations VALUES(7,'52f81d75-8f23-49cf-9973-b9e4034d5ed0',22,34,'attended','phone','2024-07-17T03:10:00.000Z','','2026-11-26T01:30:42.338Z','2026-11-26T01:30:42.357Z',2);
INSERT INTO registrations VALUES(8,'5e2f0ed7-6060-4353-867a-89e06a0aefda',22,50,'attended','email','2024-07-17T10:20:00.000Z','','2026-11-26T01:30:42.339Z','2026-11-26T01:30:42.357Z',2);
INSERT INTO registrations VALUES(9,'edb32bab-3439-4e5f-8ef7-14b9325ce3e8',22,57,'attended','form','2024-07-17T17:30:00.000Z','','2026-11-26T01:30:42.340Z','2026-11-26T01:30:42.357Z',2);
INSERT INTO registrations VALUES(10,'b9d46e1b-8144-405b-9f5c-880e5a28904d',22,43,'cancelled','phone','2024-07-18T00:40:00.000Z','','2026-11-26T01:30:42.340Z','2026-11-26T01:30:42.358Z',2);
INSERT INTO registrations VALUES(11,'9cd7544f-9008-4109-852a-f2e24a2ab809',22,62,'attended','email','2024-07-18T07:00:00.000Z','','2026-11-26T01:30:42.341Z','2026-11-26T01:30:42.358Z',2);
INSERT INTO registrations VALUES(12,'fd36aee7-ffe7-41eb-b28c-18d97a25c4fb',22,39,'attended','form','2024-07-18T14:10:00.000Z','','2026-11-26T01:30:42.341Z','2026-11-26T01:30:42.359Z',2);
INSERT INTO registrations VALUES(13,'1f23c1a6-6982-4273-81af-56b1f418422d',22,7,'attended','phone','2024-07-18T21:20:00.000Z','','2026-11-26T01:30:42.342Z','2026-11-26T01:30:42.359Z',2);
INSERT INTO registrations VALUES(14,'d210e2c2-3a28-4619-9118-0ea50cab813f',22,58,'no_show','email','2024-07-19T04:30:00.000Z','','2026-11-26T01:30:42.342Z','2026-11-26T01:30:42.359Z',2);
INSERT INTO registrations VALUES(15,'c91722e6-b355-4b59-8b2d-1f3ef5b841ee',22,26,'attended','form','2024-07-19T11:40:00.000Z','','2026-11-26T01:30:42.343Z','2026-11-26T01:30:42.360Z',2);
INSERT INTO registrations VALUES(16,'5ba85319-022a-4a22-b670-8743b905bba9',22,70,'attended','phone','2024-07-19T18:00:00.000Z','','2026-11-26T01:30:42.344Z','2026-11-26T01:30:42.360Z',2);
INSERT INTO registrations VALUES(17,'e0ffad89-afef-4eca-b76a-08c1fe3f3474',22,5,'attended','email','2024-07-20T01:10:00.000Z','','2026-11-26T01:30:42.344Z','2026-11-26T01:30:42.361Z',2);
INSERT INTO registrations VALUES(18,'5f3829dc-8011-4f13-bf27-df900e76de43',22,51,'attended','form','2024-07-20T08:20:00.000Z','','2026-11-26T01:30:42.345Z','2026-11-26T01:30:42.361Z',2);
INSERT INTO registrations VALUES(19,'8f030649-8bb1-4640-bacd-3d2e7189a4d4',22,63,'attended','phone','2024-07-20T15:30:00.000Z','','2026-11-26T01:30:42.345Z','2026-11-26T01:30:42.362Z',2);
INSERT INTO registrations VALUES(20,'27389bb5-5fe5-485f-8516-3226e7f0705a',22,30,'attended','email','2024-07-20T22:40:00.000Z','','2026-11-26T01:30:42.346Z','2026-11-26T01:30:42.363Z',2);
INSERT INTO registrations VALUES(21,'887569a8-e9eb-49de-866e-4543903a3472',22,67,'attended','form','2024-07-21T05:00:00.000Z','','2026-11-26T01:30:42.347Z','2026-11-26T01:30:42.363Z',2);
INSERT INTO registrations VALUES(22,'4034e55a-58f2-4164-9f9f-c36d9fbfe6f2',22,37,'attended','phone','2024-07-21T12:10:00.000Z','','2026-11-26T01:30:42.347Z','2026-11-26T01:30:42.364Z',2);
INSERT INTO registrations VALUES(23,'d8302b56-0c0e-4edb-86ce-431771c9689c',22,59,'attended','email','2024-07-21T19:20:00.000Z','','2026-11-26T01:30:42.348Z','2026-11-26T01:30:42.364Z',2);
INSERT INTO registrations VALUES(24,'b0d92064-6909-4f20-b836-161d46f2282e',22,29,'attended','form','2024-07-22T02:30:00.000Z','','2026-11-26T01:30:42.348Z','2026-11-26T01:30:42.365Z',2);
INSERT INTO registrations VALUES(25,'804a059f-7513-48a1-b14d-caf9fe2a13e1',22,53,'attended','phone','2024-07-22T09:40:00.000Z','','2026-11-26T01:30:42.349Z','2026-11-26T01:30:42.365Z',2);
INSERT INTO registrations VALUES(26,'60143a8e-20bb-459e-86bc-f631e0493083',22,21,'attended','email','2024-07-22T16:00:00.000Z','','2026-11-26T01:30:42.349Z','2026-11-26T01:30:42.366Z',2);
INSERT INTO registrations VALUES(27,'d3b181f2-9879-4163-bddb-106e6d31e310',22,48,'attended','form','2024-07-22T23:10:00.000Z','','2026-11-26T01:30:42.350Z','2026-11-26T01:30:42.367Z',2);
INSERT INTO registrations VALUES(28,'95d2eb12-92fc-4758-b726-7f2e2d9cd56e',22,6,'attended','phone','2024-07-23T06:20:00.000Z','','2026-11-26T01:30:42.351Z','2026-11-26T01:30:42.368Z',2);
INSERT INTO registrations VALUES(29,'667c4221-d062-44a1-9934-909b9abbf67e',22,56,'attended','email','2024-07-23T13:30:00.000Z','','2026-11-26T01:30:42.351Z','2026-11-26T01:30:42.368Z',2);
INSERT INTO registrations VALUES(30,'14240541-be36-40e8-ab85-6b1fa6984928',22,66,'attended','form','2024-07-23T20:40:00.000Z','','2026-11-26T01:30:42.352Z','2026-11-26T01:30:42.368Z',2);
INSERT INTO registrations VALUES(31,'84de7df7-ffab-453a-9dcd-cd815f0c9e7d',22,32,'attended','phone','2024-07-24T03:00:00.000Z','','2026-11-26T01:30:42.352Z','2026-11-26T01:30:42.369Z',2);
INSERT INTO registrations VALUES(32,'124fbf7d-c729-4846-86bd-b8d96bcc555c',22,42,'attended','email','2024-07-24T10:10:00.000Z','','2026-11-26T01:30:42.353Z','2026-11-26T01:30:42.369Z',2);
INSERT INTO registrations VALUES(33,'96b380ab-c6ca-4f92-942f-9c644d58d9f0',22,28,'attended','form','2024-07-24T17:20:00.000Z','','2026-11-26T01:30:42.354Z','2026-11-26T01:30:42.369Z',2);
INSERT INTO registrations VALUES(34,'da4edf51-9633-4dc5-bb58-76e8d6847ca1',22,33,'attended','phone','2024-07-25T00:30:00.000Z','','2026-11-26T01:30:42.354Z','2026-11-26T01:30:42.369Z',2);
INSERT INTO registrations VALUES(35,'99d4fdf7-2cf4-4e87-8815-cb964d4f42e3',18,34,'attended','phone','2024-04-02T09:00:00.000Z','','2026-11-26T01:30:42.371Z','2026-11-26T01:30:42.392Z',2);
INSERT INTO registrations VALUES(36,'022e9c86-74c5-48a7-b231-43cf5631f382',18,50,'attended','email','2024-04-02T16:10:00.000Z','','2026-11-26T01:30:42.372Z','2026-11-26T01:30:42.393Z',2);
INSERT INTO registrations VALUES(37,'4fde1487-e80a-4c71-8ed6-072e174c5025',18,57,'attended','form','2024-04-02T23:20:00.000Z','','2026-11-26T01:30:42.373Z','2026-11-26T01:30:42.393Z',2);
INSERT INTO registrations VALUES(38,'2fbbb086-01be-47f9-aedb-b7139ddebe9c',18,43,'cancelled','phone','2024-04-03T06:30:00.000Z','','2026-11-26T01:30:42.374Z','2026-11-26T01:30:42.393Z',2);
INSERT INTO registrations VALUES(39,'b819a2b0-4e0f-4a78-b30f-308d60a7e818',18,62,'attended','email','2024-04-03T13:40:00.000Z','','2026-11-26T01:30:42.375Z','2026-11-26T01:30:42.394Z',2);
INSERT INTO registrations VALUES(40,'a3e7b19e-3a67-4679-8580-d1322c8c55cc',18,39,'no_show','form','2024-04-03T20:00:00.000Z','','2026-11-26T01:30:42.376Z','2026-11-26T01:30:42.395Z',2);
INSERT INTO registrations VALUES(41,'6cd1293a-0087-4afe-8896-a7f2527840e6',18,7,'attended','phone','2024-04-04T03:10:00.000Z','','2026-11-26T01:30:42.377Z','2026-11-26T01:30:42.395Z',2);
INSERT INTO registrations VALUES(42,'3a8ab251-8e31-47c5-80ac-f028f1b8ee2f',18,58,'attended','email','2024-04-04T10:20:00.000Z','','2026-11-26T01:30:42.378Z','2026-11-26T01:30:42.396Z',2);
INSERT INTO registrations VALUES(43,'e051e28d-f836-4eb0-a512-70a3df48b6e7',18,26,'attended','form','2024-04-04T17:30:00.000Z','','2026-11-26T01:30:42.379Z','2026-11-26T01:30:42.397Z',2);
INSERT INTO registrations VALUES(44,'fa82346c-e42c-4a86-88a2-c9ce6ad966a0',18,70,'attended','phone','2024-04-05T00:40:00.000Z','','2026-11-26T01:30:42.380Z','2026-11-26T01:30:42.397Z',2);
INSERT INTO registrations VALUES(45,'55e2b728-be85-459f-87a3-1beba15376be',18,5,'attended','email','2024-04-05T07:00:00.000Z','','2026-11-26T01:30:42.380Z','2026-11-26T01:30:42.398Z',2);
INSERT INTO registrations VALUES(46,'e3ffd337-6c4b-4516-9867-1e2dd1d9e314',18,51,'attended','form','2024-04-05T14:10:00.000Z','','2026-11-26T01:30:42.381Z','2026-11-26T01:30:42.399Z',2);
INSERT INTO registrations VALUES(47,'5634bfe8-6311-4ee0-874e-a6592009c7bd',18,63,'attended','phone','2024-04-05T21:20:00.000Z','','2026-11-26T01:30:42.382Z','2026-11-26T01:30:42.399Z',2);
INSERT INTO registrations VALUES(48,'53d2c42a-ae1e-4fcb-a5d8-1664304c7d45',18,30,'no_show','email','2024-04-06T04:30:00.000Z','','2026-11-26T01:30:42.382Z','2026-11-26T01:30:42.400Z',2);
INSERT INTO registrations VALUES(49,'078ad060-c5e5-4e95-9565-959962d3f22a',18,67,'attended','form','2024-04-06T11:40:00.000Z','','2026-11-26T01:30:42.384Z','2026-11-26T01:30:42.400Z',2);
INSERT INTO registrations VALUES(50,'b11819a8-81d4-4db7-bf83-cef62ebc7487',18,37,'attended','phone','2024-04-06T18:00:00.000Z','','2026-11-26T01:30:42.384Z','2026-11-26T01:30:42.401Z',2);
INSERT INTO registrations VALUES(51,'bd85adac-0edd-4fd4-bc58-8e03b2d34afb',18,59,'attended','email','2024-04-07T01:10:00.000Z','','2026-11-26T01:30:42.385Z','2026-11-26T01:30:42.401Z',2);
INSERT INTO registrations VALUES(52,'c9e7c012-61e2-4486-a3f7-6a762fe005d1',18,29,'attended','form','2024-04-07T08:20:00.000Z','','2026-11-26T01:30:42.385Z','2026-11-26T01:30:42.402Z',2);
INSERT INTO registrations VALUES(53,'a933f204-f99f-40f3-ac00-be0afbf4b7fe',18,53,'attended','phone','2024-04-07T15:30:00.000Z','','2026-11-26T01:30:42.386Z','2026-11-26T01:30:42.403Z',2);
INSERT INTO registrations VALUES(54,'4a6de524-527c-4534-a720-8eac2fabe5d4',18,21,'attended','email','2024-04-07T22:40:00.000Z','','2026-11-26T01:30:42.387Z','2026-11-26T01:30:42.403Z',2);
INSERT INTO registrations VALUES(55,'e5669c61-6b3c-4932-8cb0-27293f054d36',18,48,'attended','form','2024-04-08T05:00:00.000Z','','2026-11-26T01:30:42.388Z','2026-11-26T01:30:42.404Z',2);
INSERT INTO registrations VALUES(56,'1747f83d-d2cd-4dc1-a1bd-061b3377078c',18,6,'attended','phone','2024-04-08T12:10:00.000Z','','2026-11-26T01:30:42.388Z','2026-11-26T01:30:42.404Z',2);
INSERT INTO registrations VALUES(57,'514bc9b8-ced5-452f-8827-51f6c9b64b68',18,56,'attended','email','2024-04-08T19:20:00.000Z','','2026-11-26T01:30:42.389Z','2026-11-26T01:30:42.404Z',2);
INSERT INTO registrations VALUES(58,'4d42386d-0d7c-44bf-8a08-e7b69c76ef80',18,66,'attended','form','2024-04-09T02:30:00.000Z','','2026-11-26T01:30:42.390Z','2026-11-26T01:30:42.405Z',2);
INSERT INTO registrations VALUES(59,'eb5c15ec-269b-4c93-bf65-09af2a56b8ef',18,32,'attended','phone','2024-04-09T09:40:00.000Z','','2026-11-26T01:30:42.390Z','2026-11-26T01:30:42.405Z',3);
INSERT INTO registrations VALUES(60,'14b3aca3-cc02-4f49-ac52-1f966eab7c35',18,42,'waitlisted','email','2024-04-09T16:00:00.000Z','','2026-11-26T01:30:42.391Z','2026-11-26T01:30:42.391Z',1);
INSERT INTO registrations VALUES(61,'c2dc5b00-e65e-41c0-bdf8-888e9543885e',18,28,'waitlisted','form','2024-04-09T23:10:00.000Z','','2026-11-26T01:30:42.392Z','2026-11-26T01:30:42.392Z',1);
INSERT INTO registrations VALUES(62,'6a12998a-39cf-4283-958c-335d59f08f3f',3,62,'attended','phone','2024-01-10T09:00:00.000Z','','2026-11-26T01:30:42.406Z','2026-11-26T01:30:42.420Z',2);
INSERT INTO registrations VALUES(63,'dbaae755-e33a-462b-a1d9-d820566dfbc8',3,39,'attended','email','2024-01-10T16:10:00.000Z','','2026-11-26T01:30:42.407Z','2026-11-26T01:30:42.421Z',2);
INSERT INTO registrations VALUES(64,'f99f7957-7c80-484a-92b0-bc9c25f2776b',3,7,'attended','form','2024-01-10T23:20:00.000Z','','2026-11-26T01:30:42.408Z','2026-11-26T01:30:42.421Z',2);
INSERT INTO registrations VALUES(65,'66f4e394-f1b7-43ad-93ce-04d5decc42ed',3,58,'cancelled','phone','2024-01-11T06:30:00.000Z','','2026-11-26T01:30:42.409Z','2026-11-26T01:30:42.422Z',2);
INSERT INTO registrations VALUES(66,'d3d4e9db-2de6-4bcd-95cc-f31bb04b6cb4',3,26,'attended','email','2024-01-11T13:40:00.000Z','','2026-11-26T01:30:42.410Z','2026-11-26T01:30:42.423Z',2);
INSERT INTO registrations VALUES(67,'816073d5-2c7c-4129-9b45-2c8952943269',3,70,'attended','form','2024-01-11T20:00:00.000Z','','2026-11-26T01:30:42.412Z','2026-11-26T01:30:42.423Z',2);
INSERT INTO registrations VALUES(68,'9021caf2-2d86-477e-b25b-f20583ba6228',3,5,'attended','phone','2024-01-12T03:10:00.000Z','','2026-11-26T01:30:42.412Z','2026-11-26T01:30:42.424Z',2);
INSERT INTO registrations VALUES(69,'f85ba3c5-0ef4-4300-a739-ac72b50b8884',3,51,'attended','email','2024-01-12T10:20:00.000Z','','2026-11-26T01:30:42.413Z','2026-11-26T01:30:42.424Z',2);
INSERT INTO registrations VALUES(70,'ecf7533f-cba3-47b3-bfcd-061d1e1334ea',3,63,'attended','form','2024-01-12T17:30:00.000Z','','2026-11-26T01:30:42.415Z','2026-11-26T01:30:42.424Z',2);
INSERT INTO registrations VALUES(71,'9e2ae2f2-5fe7-46f5-85a4-443a37dbfa89',3,30,'attended','phone','2024-01-13T00:40:00.000Z','','2026-11-26T01:30:42.416Z','2026-11-26T01:30:42.425Z',2);
INSERT INTO registrations VALUES(72,'5e5b0d73-9c3b-426c-8bfb-0d8893336efe',3,67,'attended','email','2024-01-13T07:00:00.000Z','','2026-11-26T01:30:42.417Z','2026-11-26T01:30:42.425Z',2);
INSERT INTO registrations VALUES(73,'b95597ad-c7c9-4a9c-acb0-daf1ef200445',3,37,'attended','form','2024-01-13T14:10:00.000Z','','2026-11-26T01:30:42.418Z','2026-11-26T01:30:42.425Z',2);
INSERT INTO registrations VALUES(74,'b24200b7-199d-4bd5-afb3-d3060bba1b48',3,59,'attended','phone','2024-01-13T21:20:00.000Z','','2026-11-26T01:30:42.418Z','2026-11-26T01:30:42.426Z',2);
INSERT INTO registrations VALUES(75,'bff6d4f2-643c-4653-90c7-e08a96ba6373',3,29,'attended','email','2024-01-14T04:30:00.000Z','','2026-11-26T01:30:42.419Z','2026-11-26T01:30:42.426Z',2);
INSERT INTO registrations VALUES(76,'62077211-5cfe-4c38-b005-3506727a364d',20,38,'registered','phone','2024-06-20T09:00:00.000Z','','2026-11-26T01:30:42.427Z','2026-11-26T01:30:42.427Z',1);
INSERT INTO registrations VALUES(77,'0a285632-ed73-4e60-b5bd-4000b95e8aa7',20,60,'registered','email','2024-06-20T16:10:00.000Z','','2026-11-26T01:30:42.428Z','2026-11-26T01:30:42.428Z',1);
INSERT INTO registrations VALUES(78,'ccb8582a-651f-4ef6-a25b-77c7b2e55c14',20,25,'registered','form','2024-06-20T23:20:00.000Z','','2026-11-26T01:30:42.429Z','2026-11-26T01:30:42.429Z',1);
INSERT INTO registrations VALUES(79,'944358b4-4a94-4f0a-a408-097caa5ec5dd',20,34,'cancelled','phone','2024-06-21T06:30:00.000Z','','2026-11-26T01:30:42.430Z','2026-11-26T01:30:42.451Z',2);
INSERT INTO registrations VALUES(80,'758f0c09-166f-4ca0-ba51-9f95c54d09a4',20,50,'registered','email','2024-06-21T13:40:00.000Z','','2026-11-26T01:30:42.431Z','2026-11-26T01:30:42.431Z',1);
INSERT INTO registrations VALUES(81,'33391243-b0cf-4611-9790-982f7e7803a6',20,57,'registered','form','2024-06-21T20:00:00.000Z','','2026-11-26T01:30:42.432Z','2026-11-26T01:30:42.432Z',1);
INSERT INTO registrations VALUES(82,'e8361e4b-4151-464c-97fd-acd1ca214688',20,43,'registered','phone','2024-06-22T03:10:00.000Z','','2026-11-26T01:30:42.433Z','2026-11-26T01:30:42.433Z',1);
INSERT INTO registrations VALUES(83,'9911c48b-ed77-4906-ba99-cbaf7c448c5e',20,62,'registered','email','2024-06-22T10:20:00.000Z','','2026-11-26T01:30:42.434Z','2026-11-26T01:30:42.434Z',1);
INSERT INTO registrations VALUES(84,'b7535e57-dc0f-4426-9fab-535b6b94f58c',20,39,'registered','form','2024-06-22T17:30:00.000Z','','2026-11-26T01:30:42.435Z','2026-11-26T01:30:42.435Z',1);
INSERT INTO registrations VALUES(85,'cccccae1-4319-4061-8f3f-4900bf5fd03d',20,7,'cancelled','phone','2024-06-23T00:40:00.000Z','','2026-11-26T01:30:42.436Z','2026-11-26T01:30:42.453Z',2);
INSERT INTO registrations VALUES(86,'1d628204-15f1-4ef6-bf50-2e0b0a4a3a50',20,58,'registered','email','2024-06-23T07:00:00.000Z','','2026-11-26T01:30:42.437Z','2026-11-26T01:30:42.437Z',1);
INSERT INTO registrations VALUES(87,'92cbd4b1-9aa6-43db-9461-5da10056b7aa',20,26,'registered','form','2024-06-23T14:10:00.000Z','','2026-11-26T01:30:42.439Z','2026-11-26T01:30:42.439Z',1);
INSERT INTO registrations VALUES(88,'b800f9fa-6fd0-41c1-9600-714c683d7d18',20,70,'registered','phone','2024-06-23T21:20:00.000Z','','2026-11-26T01:30:42.440Z','2026-11-26T01:30:42.440Z',1);
INSERT INTO registrations VALUES(89,'5f8051b4-47f8-4734-8af9-1b45e5ade783',20,5,'registered','email','2024-06-24T04:30:00.000Z','','2026-11-26T01:30:42.440Z','2026-11-26T01:30:42.440Z',1);
INSERT INTO registrations VALUES(90,'2e094755-b4a6-4d82-86f6-a2eead1ea83e',20,51,'registered','form','2024-06-24T11:40:00.000Z','','2026-11-26T01:30:42.441Z','2026-11-26T01:30:42.441Z',1);
INSERT INTO registrations VALUES(91,'4706653d-b037-4a96-96f1-226e78976c78',20,63,'registered','phone','2024-06-24T18:00:00.000Z','','2026-11-26T01:30:42.442Z','2026-11-26T01:30:42.442Z',1);
INSERT INTO registrations VALUES(92,'e2458837-36f5-4ff3-bdcc-0de003ef4d92',20,30,'registered','email','2024-06-25T01:10:00.000Z','','2026-11-26T01:30:42.443Z','2026-11-26T01:30:42.443Z',1);
INSERT INTO registrations VALUES(93,'91d057ce-cf0d-4d31-936a-ba3724c08e59',20,67,'registered','form','2024-06-25T08:20:00.000Z','','2026-11-26T01:30:42.444Z','2026-11-26T01:30:42.444Z',1);
INSERT INTO registrations VALUES(94,'0ab2f10d-4bd4-4925-a5ea-5b60aa38222b',20,37,'registered','phone','2024-06-25T15:30:00.000Z','','2026-11-26T01:30:42.444Z','2026-11-26T01:30:42.444Z',1);
INSERT INTO registrations VALUES(95,'9d346702-353d-42a1-aa87-15f4854b3bee',20,59,'registered','email','2024-06-25T22:40:00.000Z','','2026-11-26T01:30:42.445Z','2026-11-26T01:30:42.445Z',1);
INSERT INTO registrations VALUES(96,'15a21ea4-2c04-4929-9ee3-63f57aeb7738',20,29,'registered','form','2024-06-26T05:00:00.000Z','','2026-11-26T01:30:42.446Z','2026-11-26T01:30:42.446Z',1);
INSERT INTO registrations VALUES(97,'54f30ddc-7fb5-41c2-b076-4b14f5c885ab',20,53,'registered','phone','2024-06-26T12:10:00.000Z','','2026-11-26T01:30:42.446Z','2026-11-26T01:30:42.446Z',1);
INSERT INTO registrations VALUES(98,'456d29be-8e18-4ed1-ad3c-1bf89152beaa',20,21,'registered','email','2024-06-26T19:20:00.000Z','','2026-11-26T01:30:42.447Z','2026-11-26T01:30:42.447Z',1);
INSERT INTO registrations VALUES(99,'373cdfdf-6860-499b-b9b0-e7a04f320917',20,48,'registered','form','2024-06-27T02:30:00.000Z','','2026-11-26T01:30:42.448Z','2026-11-26T01:30:42.448Z',1);
INSERT INTO registrations VALUES(100,'65f6568a-a51d-4be9-93b0-6696339e62fe',20,6,'registered','phone','2024-06-27T09:40:00.000Z','','2026-11-26T01:30:42.449Z','2026-11-26T01:30:42.449Z',1);
INSERT INTO registrations VALUES(101,'fa9d984f-6349-4adf-be41-50ee0fff5063',20,56,'registered','email','2024-06-27T16:00:00.000Z','','2026-11-26T01:30:42.450Z','2026-11-26T01:30:42.450Z',1);
INSERT INTO registrations VALUES(102,'b3b64e13-4657-436b-b761-9d632460f620',36,7,'registered','phone','2024-12-02T09:00:00.000Z','','2026-11-26T01:30:42.458Z','2026-11-26T01:30:42.458Z',1);
INSERT INTO registrations VALUES(103,'676c0761-a09f-4b97-aa12-1150386bad9b',36,58,'registered','email','2024-12-02T16:10:00.000Z','','2026-11-26T01:30:42.459Z','2026-11-26T01:30:42.459Z',1);
INSERT INTO registrations VALUES(104,'73232835-9a87-4bfa-b7d0-43a28350b6c1',36,26,'registered','form','2024-12-02T23:20:00.000Z','','2026-11-26T01:30:42.460Z','2026-11-26T01:30:42.460Z',1);
INSERT INTO registrations VALUES(105,'cf4dc6f2-fd9e-42ef-80de-a08a40679dc7',36,70,'registered','phone','2024-12-03T06:30:00.000Z','','2026-11-26T01:30:42.460Z','2026-11-26T01:30:42.460Z',1);
INSERT INTO registrations VALUES(106,'292866a9-4073-47f9-ba83-1e67fb9ecc48',36,5,'registered','email','2024-12-03T13:40:00.000Z','','2026-11-26T01:30:42.461Z','2026-11-26T01:30:42.461Z',1);
INSERT INTO registrations VALUES(107,'418bea3c-9dde-4b06-8265-fee03081ca66',36,51,'registered','form','2024-12-03T20:00:00.000Z','','2026-11-26T01:30:42.462Z','2026-11-26T01:30:42.462Z',1);
INSERT INTO registrations VALUES(108,'ef7a3aa2-9c4f-4861-a68a-af4d212f92bd',36,63,'registered','phone','2024-12-04T03:10:00.000Z','','2026-11-26T01:30:42.462Z','2026-11-26T01:30:42.462Z',1);
INSERT INTO registrations VALUES(109,'48ee937a-6bd8-4a1b-916a-8aeb083d146f',36,30,'registered','email','2024-12-04T10:20:00.000Z','','2026-11-26T01:30:42.463Z','2026-11-26T01:30:42.463Z',1);
INSERT INTO registrations VALUES(110,'c82a50e5-abef-469f-9711-63a1f4b0cb32',36,67,'registered','form','2024-12-04T17:30:00.000Z','','2026-11-26T01:30:42.464Z','2026-11-26T01:30:42.464Z',1);
INSERT INTO registrations VALUES(111,'518f206e-0ae6-4eb8-aeac-48724b5e3c2c',36,37,'registered','phone','2024-12-05T00:40:00.000Z','','2026-11-26T01:30:42.464Z','2026-11-26T01:30:42.464Z',1);
INSERT INTO registrations VALUES(112,'1af5dcd0-bc90-4562-a435-148e68275539',36,59,'registered','email','2024-12-05T07:00:00.000Z','','2026-11-26T01:30:42.465Z','2026-11-26T01:30:42.465Z',1);
INSERT INTO registrations VALUES(113,'2c694b48-e3f8-4b7c-96b0-44c6fc9f764d',36,29,'registered','form','2024-12-05T14:10:00.000Z','','2026-11-26T01:30:42.465Z','2026-11-26T01:30:42.465Z',1);
INSERT INTO registrations VALUES(114,'0ccc8df7-0fb9-4feb-b1ec-f811f7f27ad0',36,53,'registered','phone','2024-12-05T21:20:00.000Z','','2026-11-26T01:30:42.466Z','2026-11-26T01:30:42.466Z',1);
INSERT INTO registrations VALUES(115,'ed17b042-bdbf-4fea-ade5-aa13c82fd12d',36,21,'registered','email','2024-12-06T04:30:00.000Z','','2026-11-26T01:30:42.467Z','2026-11-26T01:30:42.467Z',1);
INSERT INTO registrations VALUES(116,'b0ac644d-ca0d-40ba-ae8c-edc550fde741',36,48,'registered','form','2024-12-06T11:40:00.000Z','','2026-11-26T01:30:42.468Z','2026-11-26T01:30:42.468Z',1);
INSERT INTO registrations VALUES(117,'1f785caa-1d44-4aa6-8139-986049b76ab9',36,6,'registered','phone','2024-12-06T18:00:00.000Z','','2026-11-26T01:30:42.469Z','2026-11-26T01:30:42.469Z',1);
INSERT INTO registrations VALUES(118,'580e741b-cba8-4761-860e-d9921092440f',36,56,'registered','email','2024-12-07T01:10:00.000Z','','2026-11-26T01:30:42.470Z','2026-11-26T01:30:42.470Z',1);
INSERT INTO registrations VALUES(119,'e41e5c1d-6d41-4567-b4fc-f37e6565d9b4',36,66,'registered','form','2024-12-07T08:20:00.000Z','','2026-11-26T01:30:42.470Z','2026-11-26T01:30:42.470Z',1);
INSERT INTO registrations VALUES(120,'546b367b-d600-492f-96e7-ad83a5e47216',36,32,'registered','phone','2024-12-07T15:30:00.000Z','','2026-11-26T01:30:42.471Z','2026-11-26T01:30:42.471Z',1);
INSERT INTO registrations VALUES(121,'fee3738c-cd7e-4ef8-bde7-eaffeb02583f',36,42,'registered','email','2024-12-07T22:40:00.000Z','','2026-11-26T01:30:42.472Z','2026-11-26T01:30:42.472Z',1);
INSERT INTO registrations VALUES(122,'5489ab74-4d66-4f88-8ebe-85eeeb888a65',36,28,'waitlisted','form','2024-12-08T05:00:00.000Z','','2026-11-26T01:30:42.473Z','2026-11-26T01:30:42.473Z',1);
INSERT INTO registrations VALUES(123,'4922a0fb-13b7-4122-823e-c3eae7245256',36,33,'waitlisted','phone','2024-12-08T12:10:00.000Z','','2026-11-26T01:30:42.474Z','2026-11-26T01:30:42.474Z',1);
INSERT INTO registrations VALUES(124,'6d230e86-333c-4844-b59e-f4a62e441c27',36,4,'waitlisted','email','2024-12-08T19:20:00.000Z','','2026-11-26T01:30:42.474Z','2026-11-26T01:30:42.474Z',1);
INSERT INTO registrations VALUES(125,'bd0a11b7-97e5-4c44-974b-1c1c7eb5cb73',36,68,'waitlisted','form','2024-12-09T02:30:00.000Z','','2026-11-26T01:30:42.476Z','2026-11-26T01:30:42.476Z',1);
INSERT INTO registrations VALUES(126,'28c9d4fd-0188-4c42-a4ab-452be9ab3b25',40,46,'registered','phone','2025-06-10T09:00:00.000Z','','2026-11-26T01:30:42.481Z','2026-11-26T01:30:42.481Z',1);
INSERT INTO registrations VALUES(127,'7bb5371f-2a1c-418d-ad0d-f748b8c3668b',40,8,'registered','email','2025-06-10T16:10:00.000Z','','2026-11-26T01:30:42.482Z','2026-11-26T01:30:42.482Z',1);
INSERT INTO registrations VALUES(128,'2208b4cd-4561-46e9-bf8a-b100c64ad981',40,47,'registered','form','2025-06-10T23:20:00.000Z','','2026-11-26T01:30:42.483Z','2026-11-26T01:30:42.483Z',1);
INSERT INTO registrations VALUES(129,'2542016d-a49e-451a-9d47-cba14fba4423',40,38,'registered','phone','2025-06-11T06:30:00.000Z','','2026-11-26T01:30:42.484Z','2026-11-26T01:30:42.484Z',1);
INSERT INTO registrations VALUES(130,'9a97c969-083d-4e18-9768-dba08890ae51',40,60,'registered','email','2025-06-11T13:40:00.000Z','','2026-11-26T01:30:42.485Z','2026-11-26T01:30:42.485Z',1);
INSERT INTO registrations VALUES(131,'6f8e12da-a831-43da-92ca-524410adede5',40,25,'registered','form','2025-06-11T20:00:00.000Z','','2026-11-26T01:30:42.485Z','2026-11-26T01:30:42.485Z',1);
INSERT INTO registrations VALUES(132,'93bc2e99-8c48-4a20-90b2-55b717a5d0ed',40,34,'registered','phone','2025-06-12T03:10:00.000Z','','2026-11-26T01:30:42.486Z','2026-11-26T01:30:42.486Z',1);
INSERT INTO registrations VALUES(133,'795e961a-596c-421f-abaf-ed00dc31dbd7',40,50,'registered','email','2025-06-12T10:20:00.000Z','','2026-11-26T01:30:42.487Z','2026-11-26T01:30:42.487Z',1);
INSERT INTO registrations VALUES(134,'27929a30-9796-4734-8595-8fde804c98b0',40,57,'registered','form','2025-06-12T17:30:00.000Z','','2026-11-26T01:30:42.488Z','2026-11-26T01:30:42.488Z',1);
INSERT INTO registrations VALUES(135,'e57bd2bd-b6a2-4a16-ac41-64362ca1140e',40,43,'registered','phone','2025-06-13T00:40:00.000Z','','2026-11-26T01:30:42.489Z','2026-11-26T01:30:42.489Z',1);
INSERT INTO registrations VALUES(136,'fb7591fc-ac81-40f7-abd6-0d997c642127',40,62,'registered','email','2025-06-13T07:00:00.000Z','','2026-11-26T01:30:42.490Z','2026-11-26T01:30:42.490Z',1);
INSERT INTO registrations VALUES(137,'12f34d33-82a2-4c9a-a3ce-97dac67d9faf',40,39,'registered','form','2025-06-13T14:10:00.000Z','','2026-11-26T01:30:42.491Z','2026-11-26T01:30:42.491Z',1);
INSERT INTO registrations VALUES(138,'b8510bc7-92c8-4ec5-bd81-d6a51e7bd259',40,7,'registered','phone','2025-06-13T21:20:00.000Z','','2026-11-26T01:30:42.492Z','2026-11-26T01:30:42.492Z',1);
INSERT INTO registrations VALUES(139,'4441d49a-dde6-46db-bcb3-efdef2c32b33',40,58,'registered','email','2025-06-14T04:30:00.000Z','','2026-11-26T01:30:42.493Z','2026-11-26T01:30:42.493Z',1);
INSERT INTO registrations VALUES(140,'66f2251f-e5d0-46ec-996b-4b29c2bb9225',40,26,'registered','form','2025-06-14T11:40:00.000Z','','2026-11-26T01:30:42.494Z','2026-11-26T01:30:42.494Z',1);
INSERT INTO registrations VALUES(141,'3c7bc284-45ce-407d-9343-47db7b4cd158',40,70,'registered','phone','2025-06-14T18:00:00.000Z','','2026-11-26T01:30:42.495Z','2026-11-26T01:30:42.495Z',1);
CREATE TABLE pack_merges (
            id INTEGER PRIMARY KEY,
            pack_uuid TEXT NOT NULL,
            table_name TEXT NOT NULL,
            row_uuid TEXT NOT NULL,
            pack_row_version INTEGER NOT NULL,
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
CREATE INDEX registrations_event_status ON registrations (event_id, status, registered_at);
COMMIT;
