PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE forumdesk_meta (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
INSERT INTO forumdesk_meta VALUES('schema_version','1');
INSERT INTO forumdesk_meta VALUES('database_uuid','fd8ecf7b-b560-4e4c-8b3c-2ad0de78a406');
INSERT INTO forumdesk_meta VALUES('created_at','2026-11-26T00:44:33.086Z');
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
INSERT INTO organisations VALUES(1,'97b1afe0-a9b6-4ace-8ace-e2a831d287c4','city','Augsburg','augsburg','Bayern','DE','2013-03-01',NULL,'https://www.augsburg.de','Workshop mit DEFUS auf dem DPT 2024 in Cottbus.','2026-11-26T00:44:33.087Z','2026-11-26T00:44:33.087Z',1);
INSERT INTO organisations VALUES(2,'e60996fd-6d1c-4b27-aed5-9295bf2608c8','city','Berlin','berlin','Berlin','DE','2012-01-01',NULL,'https://www.berlin.de','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO organisations VALUES(3,'7cfa5c06-189f-4bea-97e3-7988d9306855','city','Dortmund','dortmund','Nordrhein-Westfalen','DE','2019-01-01',NULL,'https://www.dortmund.de','Sonderstab Ordnung und Stadtleben.','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO organisations VALUES(4,'1faf04f7-23ba-4e9f-b735-e755a6963c34','city','Düsseldorf','dusseldorf','Nordrhein-Westfalen','DE','2012-01-01',NULL,'https://www.duesseldorf.de','EQAL-Projekt; neue Ansprechperson seit Februar 2024.','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO organisations VALUES(5,'772b0674-412c-4d18-ab82-7c1edc0b29e7','city','Essen','essen','Nordrhein-Westfalen','DE','2011-06-01',NULL,'https://www.essen.de','Finanzierte die Fachtagung Digitalisierung der Sexarbeit (September 2024).','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO organisations VALUES(6,'8f55190a-9df9-4852-ab5a-0407fe5ed362','city','Frankfurt am Main','frankfurt am main','Hessen','DE','2014-01-01',NULL,'https://frankfurt.de','Gastgeberin des SiBa-Workshops 2025.','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO organisations VALUES(7,'1865a804-18d3-49a1-8644-a0a5c92a012d','city','Freiburg im Breisgau','freiburg im breisgau','Baden-Württemberg','DE','2015-01-01',NULL,'https://www.freiburg.de','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO organisations VALUES(8,'08cd1ff5-2103-4e49-90b9-377813f097db','city','Gelsenkirchen','gelsenkirchen','Nordrhein-Westfalen','DE','2018-01-01',NULL,'https://www.gelsenkirchen.de','Gastgeberin der 27. Mitgliederversammlung.','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO organisations VALUES(9,'440f73f4-ca2a-4552-ab30-dad905148dd9','city','Gladbeck','gladbeck','Nordrhein-Westfalen','DE','2021-01-01',NULL,'https://www.gladbeck.de','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO organisations VALUES(10,'ad90fb3c-a4d7-42ed-a631-171458c0d60d','city','Göttingen','gottingen','Niedersachsen','DE','2020-01-01',NULL,'https://www.goettingen.de','Personalwechsel 2024; Austausch vor Ort im November.','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO organisations VALUES(11,'d946d6ee-13ab-46fd-bc2a-f12acba8ffc1','city','Hannover','hannover','Niedersachsen','DE','2011-06-01',NULL,'https://www.hannover.de','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO organisations VALUES(12,'c3b9b691-690f-4423-b5a6-607eba9f3f5b','city','Heidelberg','heidelberg','Baden-Württemberg','DE','2016-01-01',NULL,'https://www.heidelberg.de','RiskPACC (Efus).','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO organisations VALUES(13,'28fc1c5e-aa5f-4209-a6fa-83aa4b49fd37','city','Karlsruhe','karlsruhe','Baden-Württemberg','DE','2017-01-01',NULL,'https://www.karlsruhe.de','RiskPACC (Efus).','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO organisations VALUES(14,'3285039d-a333-4a50-aaaf-43f4c50f5b92','city','Köln','koln','Nordrhein-Westfalen','DE','2011-06-01',NULL,'https://www.stadt-koeln.de','Gastgeberin des Efus-Exekutivkomitees am 5. Dezember 2024.','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO organisations VALUES(15,'dd565efd-2dca-4ec0-b749-f51e77eb6d7a','city','Leipzig','leipzig','Sachsen','DE','2019-07-01',NULL,'https://www.leipzig.de','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO organisations VALUES(16,'0b68f190-2b45-473c-8462-dadef1a0ca0c','city','Mannheim','mannheim','Baden-Württemberg','DE','2011-06-01',NULL,'https://www.mannheim.de','TRANSCEND (Efus).','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO organisations VALUES(17,'1e94eed6-c113-402c-8334-87d2e8ad1a83','city','Nürnberg','nurnberg','Bayern','DE','2013-01-01',NULL,'https://www.nuernberg.de','AK Sicherheit und Sauberkeit.','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO organisations VALUES(18,'7c178d4a-1560-49ba-8938-50934c704021','city','Stuttgart','stuttgart','Baden-Württemberg','DE','2011-06-01',NULL,'https://www.stuttgart.de','IcARUS (Efus); Gastgeberin der Mitgliederversammlung 2025.','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO organisations VALUES(19,'8b99be18-f9da-4947-97f7-ca1795c77032','city','Kaiserslautern','kaiserslautern','Rheinland-Pfalz','DE','2025-01-01',NULL,'https://www.kaiserslautern.de','Tritt zum 1. Januar 2025 bei.','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO organisations VALUES(20,'3bf0637c-2d91-426e-9f6b-1de13f5332f8','organisation','Landespräventionsrat Niedersachsen','landespraventionsrat niedersachsen','Niedersachsen','DE','2012-01-01',NULL,'https://www.lpr.niedersachsen.de','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO organisations VALUES(21,'33418874-b2bc-403a-9632-21681acc8cfa','organisation','Deutscher Präventionstag','deutscher praventionstag','Niedersachsen','DE','2014-01-01',NULL,'https://www.praeventionstag.de','Pufii ist ein gemeinsames Projekt mit DEFUS.','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO organisations VALUES(22,'e5f40f7d-d642-44f4-bc51-680940481331','organisation','Landespräventionsrat Nordrhein-Westfalen','landespraventionsrat nordrhein-westfalen','Nordrhein-Westfalen','DE','2025-01-01',NULL,'https://www.lpr.nrw.de','Tritt zum 1. Januar 2025 bei.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(23,'226fa201-d2cf-4e49-b2fd-7f820c2ae2e2','organisation','DEFUS Geschäftsstelle','defus geschaftsstelle','Niedersachsen','DE',NULL,NULL,'https://www.defus.de','Kurt-Schumacher-Straße 29, 30159 Hannover','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(24,'60979675-ab94-4658-a6b1-51f9d1a9e5f6','organisation','Efus','efus','','FR',NULL,NULL,'https://efus.eu','European Forum for Urban Security, Paris.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(25,'42d6ee3d-df85-40f3-abb4-bb9d14f02b72','organisation','Deutsches Institut für Urbanistik','deutsches institut fur urbanistik','Berlin','DE',NULL,NULL,'https://difu.de','Jährliches gemeinsames Seminar in Berlin.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(26,'7613ebc8-2f78-40a4-9428-cbfa138a4b8d','organisation','Universität Tübingen','universitat tubingen','Baden-Württemberg','DE',NULL,NULL,'https://uni-tuebingen.de','Community of Practice Sicherheit im Bahnhofsviertel.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(27,'6b493b65-e32b-41ae-acd7-823b53fe0b88','organisation','Bergische Universität Wuppertal','bergische universitat wuppertal','Nordrhein-Westfalen','DE',NULL,NULL,'https://www.uni-wuppertal.de','Community of Practice Sicherheit im Bahnhofsviertel.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(28,'8f711a37-5c7e-4e77-a589-29ba21f6fd13','city','Stadt Zürich','stadt zurich','Zürich','CH',NULL,NULL,'https://www.stadt-zuerich.ch','Studienreise 4.–5. Juli 2024.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(29,'5298a825-33bc-45bd-a035-0c9ce9f8b8b9','organisation','EBP Schweiz AG','ebp schweiz ag','Zürich','CH',NULL,NULL,'https://www.ebp.global','','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(30,'33c067cb-55b8-46f2-9d26-0e983f09e4c8','organisation','Fraunhofer INT','fraunhofer int','Nordrhein-Westfalen','DE',NULL,NULL,'https://www.int.fraunhofer.de','RiskPACC.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(31,'1dc2e69f-d42c-4e70-a610-3b992cb60773','organisation','CommunAid gGmbH','communaid ggmbh','','DE',NULL,NULL,'','Training Demokratische Resilienz.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(32,'b26b800b-3692-4063-97ab-4d3cd9257f27','organisation','ICPC','icpc','','CA',NULL,NULL,'https://cipc-icpc.org','International Centre for the Prevention of Crime, Montréal.','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
INSERT INTO organisations VALUES(33,'99894463-67e2-4df5-837c-61c354a96f77','organisation','Kveloce I+D+i','kveloce i+d+i','','ES',NULL,NULL,'https://kveloce.com','Konsortialführung CO-SECUR.','2026-11-26T00:44:33.095Z','2026-11-26T00:44:33.095Z',1);
INSERT INTO organisations VALUES(34,'6b6fa4cd-4ac3-4b47-955d-080812829081','organisation','Mitteldeutscher Rundfunk','mitteldeutscher rundfunk','Sachsen','DE',NULL,NULL,'https://www.mdr.de','Redaktion.','2026-11-26T00:44:33.095Z','2026-11-26T00:44:33.095Z',1);
INSERT INTO organisations VALUES(35,'44dec7de-31fb-4e5e-a2b1-316cf686adac','organisation','Rundfunk Berlin-Brandenburg','rundfunk berlin-brandenburg','Berlin','DE',NULL,NULL,'https://www.rbb-online.de','Redaktion Radio 1.','2026-11-26T00:44:33.095Z','2026-11-26T00:44:33.095Z',1);
INSERT INTO organisations VALUES(36,'5651bcf5-7a2e-408e-9ae1-6cb0d7f6e6c4','organisation','ZDF','zdf','Rheinland-Pfalz','DE',NULL,NULL,'https://www.zdf.de','Redaktion Plan B.','2026-11-26T00:44:33.095Z','2026-11-26T00:44:33.095Z',1);
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
INSERT INTO membership_fees VALUES(1,'61f15169-9e03-4bb1-be67-42e0ff7913d0',1,2022,200000,'2022-03-10','','2026-11-26T00:44:33.087Z','2026-11-26T00:44:33.087Z',1);
INSERT INTO membership_fees VALUES(2,'f75d29bd-33e4-46ef-9abc-39d65c4e0397',1,2023,200000,'2023-03-10','','2026-11-26T00:44:33.087Z','2026-11-26T00:44:33.087Z',1);
INSERT INTO membership_fees VALUES(3,'134f39c4-2c1d-4843-895a-7b913ac5fc70',1,2024,200000,'2024-03-10','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(4,'a6b6df20-df98-4577-868c-eb514c75303b',2,2022,350000,'2022-04-17','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(5,'d4cb43a1-9313-4b14-bf06-c424231453fe',2,2023,350000,'2023-04-17','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(6,'fa5bf56f-8676-4174-b146-3a807dcf546f',2,2024,350000,'2024-04-17','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(7,'a0633777-1974-4b7b-adaf-a2f2ba071ae2',3,2022,300000,'2022-05-24','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(8,'3f277a1a-2e9e-4b1e-af78-c98edf3d51df',3,2023,300000,'2023-05-24','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(9,'95072a5f-0bcd-436e-a136-df5e01a5d913',3,2024,300000,'2024-05-24','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(10,'4ccf4e97-08a7-489d-8b31-66d84d34a614',4,2022,300000,'2022-02-06','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(11,'c35b4ac4-ad65-49d3-aaa3-2fecb9cba57f',4,2023,300000,'2023-02-06','','2026-11-26T00:44:33.088Z','2026-11-26T00:44:33.088Z',1);
INSERT INTO membership_fees VALUES(12,'f2676125-6bf7-44ab-9c52-09b93970f2c3',4,2024,300000,'2024-02-06','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(13,'22b4ff26-ffdd-401e-910b-6040be3f70e6',5,2022,300000,'2022-03-13','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(14,'701918bb-7f9b-41b0-ba9a-06082906c2dd',5,2023,300000,'2023-03-13','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(15,'eab05f36-fc47-4138-8072-4da9cef69767',5,2024,300000,'2024-03-13','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(16,'1dea065d-680c-493f-bc40-8757b62e234f',6,2022,300000,'2022-04-20','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(17,'472b9021-3e25-4eeb-94ad-96c171dbb5b9',6,2023,300000,'2023-04-20','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(18,'9dbe0d4c-27f4-4c2f-bfb2-70e29a842d81',6,2024,300000,'2024-04-20','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(19,'b21c5456-d16a-4dc2-910a-f36e76a4bfd2',7,2022,200000,'2022-05-27','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(20,'216d9e84-250e-4fe2-a165-c43bff219956',7,2023,200000,'2023-05-27','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(21,'3c3b2589-6f95-45b0-be49-dd539da95fd8',7,2024,200000,'2024-05-27','','2026-11-26T00:44:33.089Z','2026-11-26T00:44:33.089Z',1);
INSERT INTO membership_fees VALUES(22,'33021749-7bce-4dfd-85fd-26c9085ec48b',8,2022,200000,'2022-02-09','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(23,'a21038cd-fd13-4a36-85ce-691491560db6',8,2023,200000,'2023-02-09','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(24,'2b1f375b-bd0e-4cb6-ade4-9b566d4499fe',8,2024,200000,'2024-02-09','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(25,'24256575-cf74-4db0-9813-dd774216d626',9,2022,200000,'2022-03-16','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(26,'0916ddce-c76b-4a6d-aae1-e6aca478db9f',9,2023,200000,'2023-03-16','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(27,'3773b07e-727c-462d-8267-b54e26ea9044',9,2024,200000,NULL,'','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(28,'fc6a5bce-fd31-4530-891c-c8fec6989eba',10,2022,200000,'2022-04-23','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(29,'a5779337-d61d-4655-b87d-f40c9bb3da3f',10,2023,200000,'2023-04-23','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(30,'ffb502e8-65dd-446f-83a8-ee939316ee25',10,2024,200000,'2024-04-23','','2026-11-26T00:44:33.090Z','2026-11-26T00:44:33.090Z',1);
INSERT INTO membership_fees VALUES(31,'ebff7d98-da8f-49e8-ae27-7171138ad1ec',11,2022,250000,'2022-05-05','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(32,'bcf4ffb2-1bd3-4764-a41a-93f5d63f17a6',11,2023,250000,'2023-05-05','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(33,'eb38421d-f4d6-42ee-b414-321bbafc0e06',11,2024,250000,'2024-05-05','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(34,'431d87f0-effd-444b-aa0c-f749fcaeb74e',12,2022,200000,'2022-02-12','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(35,'f53b97bc-6e06-43a5-8e8c-01c9c314411b',12,2023,200000,'2023-02-12','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(36,'ac063071-6e51-4ad1-aafd-245affa108b5',12,2024,200000,'2024-02-12','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(37,'d6d6cb66-9d67-46ac-9dd8-8651fd87447b',13,2022,200000,'2022-03-19','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(38,'dc6ae5c0-38d2-472a-82eb-7639ac3cedcd',13,2023,200000,'2023-03-19','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(39,'4a89487a-9c28-4b5b-b5f2-65635a99c2ab',13,2024,200000,'2024-03-19','','2026-11-26T00:44:33.091Z','2026-11-26T00:44:33.091Z',1);
INSERT INTO membership_fees VALUES(40,'641749ea-ec62-4068-bfef-f168ca2313b0',14,2022,350000,'2022-04-26','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(41,'4e1a9712-6ab6-4a76-a67b-d1bf47e45b17',14,2023,350000,'2023-04-26','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(42,'02cb816d-f677-428a-87f9-5b5ace2ea46f',14,2024,350000,'2024-04-26','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(43,'c721414c-9f22-4665-b039-305bf52bbaa9',15,2022,300000,'2022-05-08','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(44,'07e0c0e7-a183-4273-8195-a63005a2c553',15,2023,300000,'2023-05-08','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(45,'bbea915d-c4f7-4770-bdf7-49bb10a3732f',15,2024,300000,NULL,'','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(46,'de76ff8e-dc42-4c9e-8ae9-dd32ca63e26e',16,2022,200000,'2022-02-15','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(47,'f06c8574-6c6b-4df0-b842-12dd0b72a051',16,2023,200000,'2023-02-15','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(48,'797e57b5-ce90-4838-925b-3d208e4f6028',16,2024,200000,'2024-02-15','','2026-11-26T00:44:33.092Z','2026-11-26T00:44:33.092Z',1);
INSERT INTO membership_fees VALUES(49,'e8146c42-751f-4fc6-b3f9-892b607ddaca',17,2022,250000,'2022-03-22','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(50,'06f3acea-025d-47b9-bc14-3341090e8fc3',17,2023,250000,'2023-03-22','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(51,'12d323d8-5d3b-4509-a5e1-3552c9075f4f',17,2024,250000,'2024-03-22','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(52,'8a8ba121-9319-41da-b4b2-d46bbda96083',18,2022,300000,'2022-04-04','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(53,'f41491c1-b6ab-4f5c-8184-c2bf49cfb4c9',18,2023,300000,'2023-04-04','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(54,'625fd9fd-c637-4bda-8c6e-33b95e1a3aef',18,2024,300000,'2024-04-04','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(55,'d9cc37b6-119b-4acb-9708-3bf867b15ff5',20,2022,150000,'2022-02-18','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(56,'6be942fe-527c-4fe1-a4ea-cf8c0596e005',20,2023,150000,'2023-02-18','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(57,'ab2ad78d-f4f9-41b0-9d12-1317c8be12c2',20,2024,150000,'2024-02-18','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(58,'626f04b4-1522-4ca8-8b24-42ba23d8498a',21,2022,150000,'2022-03-25','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(59,'69f4fe4e-be78-4606-a497-762b9987892c',21,2023,150000,'2023-03-25','','2026-11-26T00:44:33.093Z','2026-11-26T00:44:33.093Z',1);
INSERT INTO membership_fees VALUES(60,'e47b5704-289c-4199-ac10-34f824c9ca88',21,2024,150000,'2024-03-25','','2026-11-26T00:44:33.094Z','2026-11-26T00:44:33.094Z',1);
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
INSERT INTO people VALUES(1,'e21838a7-258b-4b32-9d0d-7f0266e350c0','','Christian','Kromberg','kromberg christian','','','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.095Z','2026-11-26T00:44:33.095Z',1);
INSERT INTO people VALUES(2,'74da5851-0a00-4bf8-b3ea-f1700af66939','Dr.','Volker','Proffen','proffen volker','','','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.095Z','2026-11-26T00:44:33.095Z',1);
INSERT INTO people VALUES(3,'78136ada-3634-4bd2-b4ab-ae916ca94535','','Anna','Rau','rau anna','anna.rau@defus.example','anna.rau@defus.example','0511 367394-20','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.096Z','2026-11-26T00:44:33.096Z',1);
INSERT INTO people VALUES(4,'94b48d2e-7c9b-4abd-bc64-dfdb81431cbc','','Margo','Molkenbur','molkenbur margo','margo.molkenbur@defus.example','margo.molkenbur@defus.example','0511 367394-22','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.096Z','2026-11-26T00:44:33.096Z',1);
INSERT INTO people VALUES(5,'e683fdc9-e6cd-493d-a025-2fb132e47665','Dr.','Meike','Hecker','hecker meike','meike.hecker@defus.example','meike.hecker@defus.example','0511 367394-23','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.096Z','2026-11-26T00:44:33.096Z',1);
INSERT INTO people VALUES(6,'3d421211-eb79-4c68-86a1-e75b4436320f','','Kristina','Kutz','kutz kristina','kristina.kutz@defus.example','kristina.kutz@defus.example','0511 367394-21','',0,NULL,1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.096Z','2026-11-26T00:44:33.096Z',1);
INSERT INTO people VALUES(7,'3671c5ef-5baa-4933-bf7d-08c58f9f4da3','','Rolf','Grimmer','grimmer rolf','rolf.grimmer@defus.example','rolf.grimmer@defus.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO people VALUES(8,'7dd9b73e-ac7c-4d3b-94ae-9753dd88f547','','Hane','Barrazinji','barrazinji hane','hane.barrazinji@defus.example','hane.barrazinji@defus.example','','',0,NULL,1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO people VALUES(9,'7505457d-66ff-4b34-87a3-c5d167e69448','Prof. Dr.','Rita','Haverkamp','haverkamp rita','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO people VALUES(10,'7d9f6058-678a-4475-b2f0-981f4d4a3c4c','Dr.','Tim','Lukas','lukas tim','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO people VALUES(11,'419dae25-9962-4b60-9de6-2c4d783022cc','','Kurt','Faller','faller kurt','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO people VALUES(12,'78c7b60b-d780-45de-9b51-062f522796d1','','Dorothea','Faller','faller dorothea','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO people VALUES(13,'7fe812e4-a463-491e-bfe6-14c5cc9f83ad','','Winfried','Kneip','kneip winfried','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO people VALUES(14,'32cc91a2-7558-4410-a839-559286febb9c','','Tillmann','Schulze','schulze tillmann','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO people VALUES(15,'5a13cc2a-6e82-4772-adb3-5fa7e4910326','','Andrea','Weiß','weiss andrea','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO people VALUES(16,'3e648875-1f6f-498d-ab84-0bb104a5db06','','Joël','Bellmont','bellmont joel','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO people VALUES(17,'946eeebb-0006-4da4-b444-4efac2b96225','','Naomi','Bögli','bogli naomi','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO people VALUES(18,'79d761c3-b7f7-46f9-b493-8ae3ba3f0cad','Dr.','Maike','Vollmer','vollmer maike','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO people VALUES(19,'7c0c08d3-d822-46e0-9375-42d15877fd95','','Claudia','Heinzelmann','heinzelmann claudia','','','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO people VALUES(20,'bd148e01-31c2-405b-804f-588abe3eeeb0','','Janina','Hentschel','hentschel janina','','','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO people VALUES(21,'14a204fe-7d23-4762-8e61-08027fe2aa63','','Sabine','Krüger','kruger sabine','sabine.krueger@augsburg.example','sabine.krueger@augsburg.example','0821 324-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO people VALUES(22,'50f0b95d-dd06-48ba-b1ec-9d9ec1ff54b9','','Jörg','Wendtland','wendtland jorg','joerg.wendtland@berlin.example','joerg.wendtland@berlin.example','030 9027-0000','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO people VALUES(23,'8dad62ac-7acb-4d31-8ee2-b02793ff2eb1','','Melanie','Özdemir','ozdemir melanie','melanie.oezdemir@dortmund.example','melanie.oezdemir@dortmund.example','0231 50-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO people VALUES(24,'c9d10e9f-6128-422a-8921-c071c1847883','','Thomas','Schäfer','schafer thomas','thomas.schaefer@duesseldorf.example','thomas.schaefer@duesseldorf.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO people VALUES(25,'d627519d-e541-4841-b5db-7f3f74b0e286','','Lena','Brückner','bruckner lena','lena.brueckner@duesseldorf.example','lena.brueckner@duesseldorf.example','0211 89-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO people VALUES(26,'ed2456d2-7fb2-4f75-b9a7-603b4783b982','','Markus','Große-Wilde','grosse-wilde markus','markus.grosse-wilde@essen.example','markus.grosse-wilde@essen.example','0201 88-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO people VALUES(27,'bfaa3efa-cfb7-4e3e-82cd-ae35c7eea1bc','Dr.','Ayşe','Yılmaz','yılmaz ayse','ayse.yilmaz@frankfurt.example','ayse.yilmaz@frankfurt.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO people VALUES(28,'bfe80ff4-7ebe-4fd5-a14d-580919e0d48a','','Florian','Maier','maier florian','florian.maier@freiburg.example','florian.maier@freiburg.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO people VALUES(29,'39133ec6-2b6f-43c9-9a3e-54622d98d6ab','','Petra','Kowalczyk','kowalczyk petra','petra.kowalczyk@gelsenkirchen.example','petra.kowalczyk@gelsenkirchen.example','0209 169-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO people VALUES(30,'fc96b313-c6b0-4607-b85b-a41d2d72e64e','','Dennis','Hüsken','husken dennis','dennis.huesken@gladbeck.example','dennis.huesken@gladbeck.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO people VALUES(31,'539bc266-7c6b-4d04-9ec1-7d9f128b4688','','Hanna','Weißgerber','weissgerber hanna','hanna.weissgerber@goettingen.example','hanna.weissgerber@goettingen.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO people VALUES(32,'3f726ed8-74bb-477c-a4d4-3da1f4e3d986','','Jonas','Lindqvist','lindqvist jonas','jonas.lindqvist@goettingen.example','jonas.lindqvist@goettingen.example','0551 400-0000','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO people VALUES(33,'18e03422-4ada-4b5d-aab9-5d939cee0f4c','','Katrin','Meißner','meissner katrin','katrin.meissner@hannover.example','katrin.meissner@hannover.example','0511 168-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.102Z','2026-11-26T00:44:33.102Z',1);
INSERT INTO people VALUES(34,'bc9be453-f0be-4e17-ad8d-2ddca74d60f5','','Andrea','Caspar-Thron','caspar-thron andrea','andrea.caspar-thron@heidelberg.example','andrea.caspar-thron@heidelberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.102Z','2026-11-26T00:44:33.102Z',1);
INSERT INTO people VALUES(35,'0c4bf1eb-c587-425b-a5e5-40a9c3602739','','Stefan','Rößler','rossler stefan','stefan.roessler@karlsruhe.example','stefan.roessler@karlsruhe.example','','',0,NULL,0,NULL,1,'2024-01-15','2026-11-26T00:44:33.102Z','2026-11-26T00:44:33.102Z',1);
INSERT INTO people VALUES(36,'fbb3a4ae-7961-4ed2-afe9-5d7fdf9ccbdd','','Miriam','Schönfeld','schonfeld miriam','miriam.schoenfeld@koeln.example','miriam.schoenfeld@koeln.example','0221 221-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.102Z','2026-11-26T00:44:33.102Z',1);
INSERT INTO people VALUES(37,'efdbc74e-d018-47c7-87f1-db8c9adfbbac','','Uwe','Kästner','kastner uwe','uwe.kaestner@leipzig.example','uwe.kaestner@leipzig.example','','',1,'2024-01-15',0,NULL,0,NULL,'2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO people VALUES(38,'e237b2c0-6ace-4da3-b5b0-0361a265f708','','Nadine','Böhm','bohm nadine','nadine.boehm@mannheim.example','nadine.boehm@mannheim.example','0621 293-0000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO people VALUES(39,'5726f4a0-a724-4ee2-9633-e15229024bc3','','Günter','Fuchs','fuchs gunter','guenter.fuchs@nuernberg.example','guenter.fuchs@nuernberg.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO people VALUES(40,'f23c2386-de0a-4edc-ade6-121efc5c048d','','Eva','Ströbele','strobele eva','eva.stroebele@stuttgart.example','eva.stroebele@stuttgart.example','0711 216-00000','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO people VALUES(41,'8ebec1f6-21e5-4f18-9d04-ab1f9588ca5b','','Tobias','Nägele','nagele tobias','tobias.naegele@kaiserslautern.example','tobias.naegele@kaiserslautern.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.104Z','2026-11-26T00:44:33.104Z',1);
INSERT INTO people VALUES(42,'2916528f-f032-429b-b3a9-013e80482a03','','Birgit','Lührs','luhrs birgit','birgit.luehrs@lpr-nds.example','birgit.luehrs@lpr-nds.example','','',1,'2024-01-15',1,'2024-01-15',1,'2024-01-15','2026-11-26T00:44:33.104Z','2026-11-26T00:44:33.104Z',1);
INSERT INTO people VALUES(43,'7edcd1ba-1749-486f-bc4c-3d5c2f7e3e95','','Ralf','Düring','during ralf','ralf.duering@lpr-nrw.example','ralf.duering@lpr-nrw.example','','',1,'2024-01-15',0,NULL,1,'2024-01-15','2026-11-26T00:44:33.104Z','2026-11-26T00:44:33.104Z',1);
INSERT INTO people VALUES(44,'d3b6bbbe-9753-4cc9-b996-c131fea0c6ff','','Elizabeth','Johnston','johnston elizabeth','','','','',0,NULL,0,NULL,0,NULL,'2026-11-26T00:44:33.104Z','2026-11-26T00:44:33.104Z',1);
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
INSERT INTO affiliations VALUES(1,'7a94fbfa-0672-45fb-aafa-bfc2f4f5735c',1,5,'Beigeordneter; DEFUS-Vorsitzender','2020-01-01',NULL,'2026-11-26T00:44:33.095Z','2026-11-26T00:44:33.095Z',1);
INSERT INTO affiliations VALUES(2,'1fc4039c-3c3d-4cf1-9c89-c89c5f7aed2f',2,16,'Bürgermeister; stellv. DEFUS-Vorsitzender','2019-01-01',NULL,'2026-11-26T00:44:33.095Z','2026-11-26T00:44:33.095Z',1);
INSERT INTO affiliations VALUES(3,'21c13d0d-f8ea-446a-a37a-2915a613370e',3,23,'Geschäftsführerin','2019-04-01',NULL,'2026-11-26T00:44:33.096Z','2026-11-26T00:44:33.096Z',1);
INSERT INTO affiliations VALUES(4,'7bcc4091-806b-4449-89a0-5a025e431673',4,23,'wiss. Projektmitarbeiterin (PanReflex)','2022-02-01','2024-12-15','2026-11-26T00:44:33.096Z','2026-11-26T00:44:33.096Z',1);
INSERT INTO affiliations VALUES(5,'1eaec418-7c6d-4e66-bd8e-536d8c342feb',5,23,'wiss. Projektmitarbeiterin','2021-09-01',NULL,'2026-11-26T00:44:33.096Z','2026-11-26T00:44:33.096Z',1);
INSERT INTO affiliations VALUES(6,'8b5f0f2b-c755-47a8-929f-6c584ac54ea7',6,23,'Buchhaltung','2018-01-01',NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO affiliations VALUES(7,'e0a8b0b1-9472-4329-b8c4-687922cdc5fd',7,23,'IT & Internetseite','2017-05-01',NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO affiliations VALUES(8,'cffa26a0-0573-46c8-8412-91cdb8e2d320',8,23,'Wissenschaftliche Hilfskraft','2023-10-01',NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO affiliations VALUES(9,'021758bc-c857-4bdb-9341-4de18b09df0f',9,26,'Stiftungsprofessur Kriminalprävention und Risikomanagement',NULL,NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO affiliations VALUES(10,'ac1d06ec-334a-4a67-ae8e-4e50ec81c544',10,27,'Bürgerschaftliches Engagement und Sicherheit',NULL,NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO affiliations VALUES(11,'24180440-7c01-4d1d-aa9c-a5cf30016e09',11,31,'Trainer',NULL,NULL,'2026-11-26T00:44:33.097Z','2026-11-26T00:44:33.097Z',1);
INSERT INTO affiliations VALUES(12,'e30dd2f5-772b-4db4-aa50-a238e47e4ae4',12,31,'Trainerin',NULL,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO affiliations VALUES(13,'72d2693d-670a-4f53-b837-91d91b3bfc60',13,31,'Trainer',NULL,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO affiliations VALUES(14,'a95bd149-df0e-40f0-8ca7-239d348d0117',14,29,'Sicherheitsberichte',NULL,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO affiliations VALUES(15,'a9a7904b-52e6-4f10-add3-a0169c6fa345',15,28,'Geschäftsbereichsleiterin Schutz und Prävention',NULL,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO affiliations VALUES(16,'39c47d11-d5a6-479e-bb57-f7840c462ee8',16,28,'Teamleiter Drogeninformationszentrum DIZ',NULL,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO affiliations VALUES(17,'5ab0098f-8b7e-4f04-8a5f-28c629e2d278',17,28,'Fachstelle Gleichstellung',NULL,NULL,'2026-11-26T00:44:33.098Z','2026-11-26T00:44:33.098Z',1);
INSERT INTO affiliations VALUES(18,'4b248a55-557b-4cd8-a2d6-9ada72d2481c',18,30,'Wissenschaftlerin',NULL,NULL,'2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO affiliations VALUES(19,'521741c4-adae-47da-9eb6-d2a55fa472b6',19,21,'Geschäftsführerin',NULL,NULL,'2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO affiliations VALUES(20,'08b243d3-4625-4377-8867-4d44e03c5a31',20,21,'Wissenschaftliche Mitarbeiterin',NULL,NULL,'2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO affiliations VALUES(21,'5b95b577-1d81-4386-9277-0e6dca13e1ed',21,1,'Kommunale Kriminalprävention','2018-05-01',NULL,'2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO affiliations VALUES(22,'187d2b48-fe71-4a66-a28d-f1a8650e6b67',22,2,'Landeskommission Berlin gegen Gewalt','2016-01-01',NULL,'2026-11-26T00:44:33.099Z','2026-11-26T00:44:33.099Z',1);
INSERT INTO affiliations VALUES(23,'46dfa9b5-4e36-4fc4-9319-509bbfdd7e25',23,3,'Sonderstab Ordnung und Stadtleben','2021-03-01',NULL,'2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO affiliations VALUES(24,'3a034d5d-c4c9-44fc-b706-b6cc0bb6655f',24,4,'Ordnungs- und Servicedienst','2014-01-01','2024-01-31','2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO affiliations VALUES(25,'5ba0a0cd-7762-45be-b45f-c9be08ec8f2b',25,4,'Kommunale Prävention','2024-02-01',NULL,'2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO affiliations VALUES(26,'cfedfebe-da74-45a4-be0c-9cb6a0df534c',26,5,'Ordnungsamt, Prävention','2015-01-01',NULL,'2026-11-26T00:44:33.100Z','2026-11-26T00:44:33.100Z',1);
INSERT INTO affiliations VALUES(27,'c46f9584-9066-4dde-afeb-cf375c4b717d',27,6,'Präventionsrat','2019-01-01',NULL,'2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO affiliations VALUES(28,'23bdb188-82be-4014-a630-7895b69cbfe1',28,7,'Amt für öffentliche Ordnung','2020-06-01',NULL,'2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO affiliations VALUES(29,'180fb39e-75a3-4815-ba2b-27c697c38d13',29,8,'Referat Öffentliche Sicherheit und Ordnung','2018-01-01',NULL,'2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO affiliations VALUES(30,'162540d4-680f-4659-a7d6-39d0ecdde5fa',30,9,'Ordnungsamt','2021-01-01',NULL,'2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO affiliations VALUES(31,'f9c94bda-31cf-46de-a1ae-37f89a081afa',31,10,'Präventionsrat','2020-01-01','2024-09-30','2026-11-26T00:44:33.101Z','2026-11-26T00:44:33.101Z',1);
INSERT INTO affiliations VALUES(32,'0504bd33-99aa-4030-9fbc-be11d973e006',32,10,'Präventionsrat','2024-10-01',NULL,'2026-11-26T00:44:33.102Z','2026-11-26T00:44:33.102Z',1);
INSERT INTO affiliations VALUES(33,'490112fe-9cc1-4606-992b-93b0a86736ab',33,11,'Fachbereich Öffentliche Ordnung','2017-01-01',NULL,'2026-11-26T00:44:33.102Z','2026-11-26T00:44:33.102Z',1);
INSERT INTO affiliations VALUES(34,'bb884e8f-b426-4f30-b898-36f8bd0e7712',34,12,'Bevölkerungsschutz','2021-01-01',NULL,'2026-11-26T00:44:33.102Z','2026-11-26T00:44:33.102Z',1);
INSERT INTO affiliations VALUES(35,'1dd33adb-1e46-4137-9d99-66bcb6c57129',35,13,'Ordnungs- und Bürgeramt','2017-01-01',NULL,'2026-11-26T00:44:33.102Z','2026-11-26T00:44:33.102Z',1);
INSERT INTO affiliations VALUES(36,'dd840738-28e8-48fb-bc3f-d25b933a9f29',36,14,'Amt für öffentliche Ordnung','2016-03-01',NULL,'2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO affiliations VALUES(37,'2408471e-74d4-4b1d-a275-efe2c79221b2',37,15,'Ordnungsamt, Kommunale Kriminalprävention','2019-07-01',NULL,'2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO affiliations VALUES(38,'5909add0-26bf-415b-b3f9-7cc813154e07',38,16,'Sicherheit und Ordnung','2015-01-01',NULL,'2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO affiliations VALUES(39,'db9b35d4-19dc-4fd5-b498-11e720d3a35e',39,17,'AK Sicherheit und Sauberkeit','2013-01-01',NULL,'2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO affiliations VALUES(40,'78ab8209-743f-43c3-bb2d-592df7438b46',40,18,'Kommunale Kriminalprävention','2012-01-01',NULL,'2026-11-26T00:44:33.103Z','2026-11-26T00:44:33.103Z',1);
INSERT INTO affiliations VALUES(41,'e7b5957c-7333-41e0-90cb-553def08fce9',41,19,'Ausschuss Sicherheit und Ordnung','2024-01-15',NULL,'2026-11-26T00:44:33.104Z','2026-11-26T00:44:33.104Z',1);
INSERT INTO affiliations VALUES(42,'cf92390a-5fc6-48e8-b227-94c4b75bc46e',42,20,'Geschäftsstelle','2015-01-01',NULL,'2026-11-26T00:44:33.104Z','2026-11-26T00:44:33.104Z',1);
INSERT INTO affiliations VALUES(43,'367bd53f-9feb-496d-b421-2d8333474b7b',43,22,'Geschäftsführung','2024-08-01',NULL,'2026-11-26T00:44:33.104Z','2026-11-26T00:44:33.104Z',1);
INSERT INTO affiliations VALUES(44,'36feac65-8086-41eb-ba0a-b92b93cffdfa',44,24,'Executive Director',NULL,NULL,'2026-11-26T00:44:33.104Z','2026-11-26T00:44:33.104Z',1);
CREATE TABLE consent_log (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
            topic TEXT NOT NULL CHECK (topic IN ('newsletter', 'photos', 'sharing')),
            granted INTEGER NOT NULL,
            effective_on TEXT,
            recorded_at TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '');
INSERT INTO consent_log VALUES(1,'adcc414c-4ecc-4a34-9ca3-ee4fd4fe1934',1,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.095Z','');
INSERT INTO consent_log VALUES(2,'2482d0eb-06bd-4f83-ad4c-bfa56b419144',1,'photos',1,'2024-01-15','2026-11-26T00:44:33.095Z','');
INSERT INTO consent_log VALUES(3,'9d85488e-d3e3-401c-95fd-6fbafdb534c7',1,'sharing',1,'2024-01-15','2026-11-26T00:44:33.095Z','');
INSERT INTO consent_log VALUES(4,'8e337d9d-5682-4dad-80fc-0f4913fab3aa',2,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.095Z','');
INSERT INTO consent_log VALUES(5,'61f9c07c-29ee-4f8a-884a-4d59fa14dfef',2,'photos',1,'2024-01-15','2026-11-26T00:44:33.095Z','');
INSERT INTO consent_log VALUES(6,'59120aac-7cd3-4444-851b-a51bbf681786',2,'sharing',1,'2024-01-15','2026-11-26T00:44:33.095Z','');
INSERT INTO consent_log VALUES(7,'245e29ea-be8c-4732-9a06-43234c7eadb8',3,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(8,'9e12822a-98da-484f-933d-9af4c87e36ef',3,'photos',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(9,'89c9b4c0-d608-443c-9a4b-c531b747c76a',3,'sharing',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(10,'b0201ead-493d-422f-8316-c8de597c35b9',4,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(11,'e56aa3f5-0dbb-47fb-9473-beb880841fcc',4,'photos',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(12,'3ac5f494-3b34-4490-8dcc-c4693f8adb14',4,'sharing',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(13,'185a2a6b-2c90-48db-87bf-740132bb1548',5,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(14,'90f1e169-74b6-4be5-aa43-8ef556415a37',5,'photos',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(15,'22072243-9724-46de-8114-b056447aa1d6',5,'sharing',1,'2024-01-15','2026-11-26T00:44:33.096Z','');
INSERT INTO consent_log VALUES(16,'d5a15d4d-4890-435b-bced-99f1a5d75178',6,'photos',1,'2024-01-15','2026-11-26T00:44:33.097Z','');
INSERT INTO consent_log VALUES(17,'df92f235-9ba4-4c77-b005-792a222017fd',6,'sharing',1,'2024-01-15','2026-11-26T00:44:33.097Z','');
INSERT INTO consent_log VALUES(18,'e7aa2c4c-5305-4762-a86e-e3285ef1fd2e',7,'sharing',1,'2024-01-15','2026-11-26T00:44:33.097Z','');
INSERT INTO consent_log VALUES(19,'2f34c074-83c6-466f-8208-bba8db93be59',8,'photos',1,'2024-01-15','2026-11-26T00:44:33.097Z','');
INSERT INTO consent_log VALUES(20,'6f2e0637-b83f-4163-8bc0-435a3ca2d5ef',8,'sharing',1,'2024-01-15','2026-11-26T00:44:33.097Z','');
INSERT INTO consent_log VALUES(21,'5907c6a2-3519-4e0d-824b-9e9598800510',19,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(22,'b137608f-a3df-4248-9832-dd7d049e6e2d',19,'sharing',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(23,'a39c2f77-00ea-47a5-bf72-423857cfb029',20,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(24,'ecada359-4fbf-4060-8f98-2b660eb925b4',20,'sharing',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(25,'3ccba172-e64b-4b74-b7be-bcaa99df71e3',21,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(26,'7d74d352-a62f-423b-b7a0-b816d7d5825f',21,'photos',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(27,'4f6ec8ca-9878-4ef3-9064-08779a2c9aee',21,'sharing',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(28,'00766689-ce51-464d-a712-a3d1d6df4c05',22,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(29,'98a02a3d-8d99-42fb-85a5-a8f79c244fba',22,'sharing',1,'2024-01-15','2026-11-26T00:44:33.099Z','');
INSERT INTO consent_log VALUES(30,'f0950008-4c74-4095-ab60-14eb1e4139b0',23,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(31,'3a0d63ee-1896-4d45-ac08-00d82d051f20',23,'photos',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(32,'aefde654-7523-413e-85ea-fc65d348251e',23,'sharing',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(33,'8c9ca828-13cb-4ecd-9712-a50e1a7e2a52',24,'sharing',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(34,'74a885cf-8c4b-4e61-afea-4714765d888d',25,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(35,'1f17697e-721f-49ad-afc3-d9218781f047',25,'photos',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(36,'c31822cc-13e7-4901-8b7b-6625dc8ee821',25,'sharing',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(37,'51211815-4181-4fc4-adbc-6c82420b7a3d',26,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(38,'dbd83fbf-9c54-4316-8693-946b674cc00b',26,'photos',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(39,'cf9e420e-3e35-43b1-a614-e7270d2f113f',26,'sharing',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(40,'b8a1d7a9-d5aa-417c-b368-4e770e0064c1',27,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(41,'c2069817-6f55-45bd-a34a-f36360d09425',27,'sharing',1,'2024-01-15','2026-11-26T00:44:33.100Z','');
INSERT INTO consent_log VALUES(42,'dc6a5406-67b0-4e55-abe4-3d6c63264fbe',28,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.101Z','');
INSERT INTO consent_log VALUES(43,'9c18afc8-5603-4caa-a165-41c8af763449',28,'photos',1,'2024-01-15','2026-11-26T00:44:33.101Z','');
INSERT INTO consent_log VALUES(44,'7f75c85c-dca9-42c6-83d0-77f477104814',28,'sharing',1,'2024-01-15','2026-11-26T00:44:33.101Z','');
INSERT INTO consent_log VALUES(45,'f917f84c-c41a-4953-abcf-3d247b2e719f',29,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.101Z','');
INSERT INTO consent_log VALUES(46,'5898b0a3-0afc-4cc0-a13f-477e38b07d9d',29,'photos',1,'2024-01-15','2026-11-26T00:44:33.101Z','');
INSERT INTO consent_log VALUES(47,'9afdb6e2-6827-4d61-834d-0c337eb3c2aa',29,'sharing',1,'2024-01-15','2026-11-26T00:44:33.101Z','');
INSERT INTO consent_log VALUES(48,'c5bb0707-eed6-4688-83b7-fb0f53549890',30,'sharing',1,'2024-01-15','2026-11-26T00:44:33.101Z','');
INSERT INTO consent_log VALUES(49,'9ad1cf47-4f35-4fec-9262-27e812f25681',31,'sharing',1,'2024-01-15','2026-11-26T00:44:33.101Z','');
INSERT INTO consent_log VALUES(50,'e3a38070-2172-4a86-8fff-319960a3bfbb',32,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.102Z','');
INSERT INTO consent_log VALUES(51,'cbe3c2f9-7d62-4771-a251-ffd409425e29',32,'sharing',1,'2024-01-15','2026-11-26T00:44:33.102Z','');
INSERT INTO consent_log VALUES(52,'127b8285-58df-4c4a-932f-3e071dc60865',33,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.102Z','');
INSERT INTO consent_log VALUES(53,'a2f1a8bf-7321-447c-81b9-7444c9b803be',33,'photos',1,'2024-01-15','2026-11-26T00:44:33.102Z','');
INSERT INTO consent_log VALUES(54,'8732fb01-fa1e-4aad-881e-2a2384d6b466',33,'sharing',1,'2024-01-15','2026-11-26T00:44:33.102Z','');
INSERT INTO consent_log VALUES(55,'75ac7ff3-bb3d-4764-b148-16604cdaa39a',34,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.102Z','');
INSERT INTO consent_log VALUES(56,'7f91c524-9d7d-4b91-a205-df5ac870a05b',34,'sharing',1,'2024-01-15','2026-11-26T00:44:33.102Z','');
INSERT INTO consent_log VALUES(57,'a8c7f67d-7e0e-4aea-9495-fdd8e394b0c9',35,'sharing',1,'2024-01-15','2026-11-26T00:44:33.102Z','');
INSERT INTO consent_log VALUES(58,'e31a81a1-2108-4de1-be6a-9a84b9403a91',36,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(59,'d81e194d-1ac1-49d8-b75c-0402c855a6f5',36,'photos',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(60,'b1291d72-e7e7-4f5b-af4b-360c6c678cf9',36,'sharing',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(61,'b1dd6eb2-ac86-4a4b-8aee-16c12466e1ed',37,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(62,'7fd40a84-659e-45b4-9a4d-35c01ae2a93f',38,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(63,'e4fbebd5-814f-4272-af9f-e14b153f9ce7',38,'photos',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(64,'0903a473-0074-43c2-a054-32c90bdab679',38,'sharing',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(65,'507e9315-dc7a-47b8-8fb0-219342c577a6',39,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(66,'fac36e6c-97f8-4fe2-84f0-f03e5c40c6f5',39,'sharing',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(67,'beb13151-a661-4409-bd7d-f72d3b439bf8',40,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(68,'875ff5c5-8c79-4320-90c6-b5361e417558',40,'photos',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(69,'816d279b-31a4-441e-8b0c-a51edc8b522d',40,'sharing',1,'2024-01-15','2026-11-26T00:44:33.103Z','');
INSERT INTO consent_log VALUES(70,'221c9779-e81a-4434-950f-6f5b5e5812ed',41,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.104Z','');
INSERT INTO consent_log VALUES(71,'74299454-1391-4758-b714-b47d2cb3b826',41,'sharing',1,'2024-01-15','2026-11-26T00:44:33.104Z','');
INSERT INTO consent_log VALUES(72,'c3e2d1c6-8294-4303-b037-b3dbd7a3c58e',42,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.104Z','');
INSERT INTO consent_log VALUES(73,'adb5052e-bb10-4557-abad-20abc68e6e1d',42,'photos',1,'2024-01-15','2026-11-26T00:44:33.104Z','');
INSERT INTO consent_log VALUES(74,'c4f0091b-bcab-48fd-a18c-d8db8d2ad3b7',42,'sharing',1,'2024-01-15','2026-11-26T00:44:33.104Z','');
INSERT INTO consent_log VALUES(75,'79c0931c-c8a7-41ac-be95-e9c1f0f24fbb',43,'newsletter',1,'2024-01-15','2026-11-26T00:44:33.104Z','');
INSERT INTO consent_log VALUES(76,'c6d02035-0439-464e-bc0e-ddefbcd13070',43,'sharing',1,'2024-01-15','2026-11-26T00:44:33.104Z','');
CREATE UNIQUE INDEX organisations_name_key ON organisations (name_key);
CREATE INDEX people_name_key ON people (name_key);
CREATE INDEX people_email_key ON people (email_key);
CREATE INDEX affiliations_person ON affiliations (person_id);
CREATE INDEX affiliations_organisation ON affiliations (organisation_id);
CREATE INDEX consent_log_person ON consent_log (person_id);
COMMIT;
