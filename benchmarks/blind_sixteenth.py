"""Sixteenth blind set of pause notes (210, seven languages), written from the domain
reference without sight of the parser and scored once, after every fix of this issue and
three red teams: recall 0.95, 11 to review, 0 missed, 0 wrong; French 0.70 (shorthand:
"dessus", "pdt", "restant :", "//"), the other six languages 0.96 to 1.00. After the fixes
it prompted: recall 1.00."""
AS_OF = "2029-04-16"
NOTES = {
  'fr': [
    ('15/04 CL : abo mensuel suspendu à partir du sam. 14 avril pour 10 jours, reste 23 jours dessus', [('upcoming', '2029-04-24', '2029-05-17')]),
    ('Pause à partir du 2 avril 2029, il reste 18 jours sur le pass mensuel. Retour prévu le 23/04.', [('due', '2029-04-23', '2029-05-11')]),
    ('12/03 MB : pass 3 mois suspendu dès le 12/03 (entorse cheville), reste 5 semaines, reprise lundi 9 avril', [('overdue', '2029-04-09', '2029-05-14')]),
    ("en pause du 1er au 28 mars 2029 - voyage Japon - il lui reste 20 j sur l'abo", [('overdue', '2029-03-29', '2029-04-18')]),
    ("Gel de l'abonnement annuel pdt 6 semaines à compter du 19/03/29, restant : 4 mois", [('upcoming', '2029-04-30', '2029-08-30')]),
    ("Carnet 10 séances valable jusqu'au 30/06/2029, mis en pause le 25/03/2029, reprise le 20 avril, encore 6 séances dessus", [('due', '2029-04-20', '2029-07-26')]),
    ("Pause (grossesse) depuis le 05.01.2029 jusqu'au 31.05.2029 ; il restait 2 mois sur son pass", [('upcoming', '2029-06-01', '2029-08-01')]),
    ("suspendue dès le 8/4, reste quinze jours, pas de date de retour pour l'instant", [('open', '2029-04-16', '2029-05-01')]),
    ('Pass trimestriel mis en pause à partir du mercredi 28 mars 2029 pour deux semaines, septante jours restants (cliente de Namur)', [('overdue', '2029-04-11', '2029-06-20')]),
    ('Mise en pause du pass mensuel du 14/04 au 21/04 (stage pro), reste 9 jrs. // Payé 65€ le 02/03 par Bancontact', [('due', '2029-04-22', '2029-05-01')]),
    ('PAUSE à partir du 1er mai 2029, il reste 22 jours, retour le 1er juin', [('upcoming', '2029-06-01', '2029-06-23')]),
    ("Cliente en pause depuis le 22 février, fin de validité d'origine le 15 mars 2029, reprise prévue le 3 avril", [('overdue', '2029-04-03', '2029-04-24')]),
    ('AB 03/04 : pass illimité gelé depuis le 3 avril (opération genou), reste 1 mois, revient le lundi 7 mai', [('upcoming', '2029-05-07', '2029-06-07')]),
    ('en pause du 26/03 au 15/04/2029 inclus, il reste 11 jours -- vient au cours du jeudi 18h30', [('due', '2029-04-16', '2029-04-27')]),
    ('Suspension abo trimestriel à partir du 10.04.29 pour 10 jours, il reste 3 semaines', [('due', '2029-04-20', '2029-05-11')]),
    ("Pause à partir du 19 mars 2029 ; 13 jours restants sur le mensuel. Prolongée jusqu'au 20 avril (certif médical reçu le 12/04)", [('due', '2029-04-21', '2029-05-04')]),
    ('mise en pause le 01/02/2029, durée restante : 40 jours, pas encore de date de reprise', [('open', '2029-04-16', '2029-05-26')]),
    ("Pass mensuel en pause du 02/04 au 13/04/2029, reste 10 jours. + Carnet 5 cours en pause lui aussi à partir du 02/04/2029, valable jusqu'au 31/05/2029, reprise le 14/04, reste 3 cours", [('overdue', '2029-04-14', '2029-04-24'), ('overdue', '2029-04-14', '2029-06-12')]),
    ('pause prévue à partir du 6 mai 2029 (vacances au Québec), reste 12 jours, date de retour pas encore connue', [('upcoming', '', '')]),
    ('21/03 JL: pass 1 an gelé 3 semaines dès le jeudi 22/03, reste 7 mois', [('overdue', '2029-04-12', '2029-11-12')]),
    ("pause du 9 au 20 avril 2029 - il reste vingt-cinq jours sur l'abonnement", [('due', '2029-04-21', '2029-05-16')]),
    ('Pause à partir du 3 avril, il reste environ 10 jours, retour le 20/04', [('review', '', '')]),  # approximation: environ 10 jours
    ('pass en pause depuis le 31/04/2029, reste 12 jours', [('review', '', '')]),  # impossible date 31/04
    ('Carnet 10 cours gelé du 01/04 au 14/04/2029, reste 4 séances', [('review', '', '')]),  # pack with classes but no validity
    ('pause à partir du 12/03/2029, reste 1 mois et demi, reprise le 16 avril', [('review', '', '')]),  # fraction: 1 mois et demi
    ('Pause du 02/04 au 15/04/2029, 13 jours utilisés sur le pass', [('review', '', '')]),  # consumption: jours utilisés, not time left
    ('Pause du 05/02 au 05/03/2029 (grippe), reste 14 j -- réactivé le 06/03/2029 SD', [('closed', '', '')]),
    ('Mise en pause le 10/01/2029, reste 20 jours ; réactivée le 28/01/2029. Nouvelle pause à partir du 9 avril 2029, il reste 6 jours, reprise le 24 avril', [('closed', '', ''), ('upcoming', '2029-04-24', '2029-04-30')]),
    ("Pause déjeuner de l'accueil 12h-13h : rappeler la cliente après 13h pour le paiement du 05/04", []),
    ("Anniversaire le 22/04 - offrir un cours d'essai à sa soeur. Préfère les cours du matin.", []),
  ],
  'de': [
    ('Abo pausiert vom 30.3. bis 16.4.2029 (Osterurlaub Kärnten), Restguthaben 3 Wochen', [('due', '2029-04-17', '2029-05-08')]),
    ('Pause ab 26.03.2029 bis 08.04.2029 (Skiunfall), Restlaufzeit 17 Tage auf der Monatskarte', [('overdue', '2029-04-09', '2029-04-26')]),
    ('Abo pausiert seit 2.4., noch 3 Wochen, Wiedereinstieg am Di 24.4.', [('upcoming', '2029-04-24', '2029-05-15')]),
    ('05.03. SK: Monatsabo pausiert ab heute für vier Wochen, Restguthaben 12 Tage', [('overdue', '2029-04-02', '2029-04-14')]),
    ('Unterbrechung vom 9.–22.04.2029 (Ferien Sylt), noch 8 Tage', [('due', '2029-04-23', '2029-05-01')]),
    ('10er-Block gültig bis 31.05.2029, eingefroren ab 01.04.2029, zurück ab 17.04., noch 5 Eintritte', [('due', '2029-04-17', '2029-06-16')]),
    ('Jahresabo unterbrochen ab 15. Januar 2029 wäge Mutterschaft, Wiedereinstieg 1. Juni 2029, Rest 5 Monate (Karte liegt am Empfang)', [('upcoming', '2029-06-01', '2029-11-01')]),
    ('Ruhezeit ab 12. Jänner 2029 bis 28. Feber 2029, noch 20 Tage', [('overdue', '2029-03-01', '2029-03-21')]),
    ('pausiert seit 10.4.29 -- noch 2 Wochen -- Rückkehr offen', [('open', '2029-04-16', '2029-04-30')]),
    ('Mitglied hat pausiert, Restguthaben noch elf Tage, Startdatum nicht notiert', [('open', '2029-04-16', '2029-04-27')]),
    ('Pause vom 19.3. bis 15.4.2029 (Reha), Monatskarte noch 16 Tage; verlängert bis 29.04.2029', [('upcoming', '2029-04-30', '2029-05-16')]),
    ('Pause ab 23.04.2029 geplant, noch 19 Tage, Rückkehr noch unklar', [('upcoming', '', '')]),
    ('Monatskarte: Pause ab Mo 9.4.2029 für 1 Woche, Restlaufzeit 3 Wochen', [('due', '2029-04-16', '2029-05-07')]),
    ('Ab 01.03.2029 pausiert (Auslandssemester Wien) - zurück am 01.09.2029 - noch zwei Monate', [('upcoming', '2029-09-01', '2029-11-01')]),
    ('Pause 2.-13.4.2029, noch 6 Tage. Zahlung 89 CHF am 28.03. erhalten', [('overdue', '2029-04-14', '2029-04-20')]),
    ('Unterbrechung ab dem 20. März 2029, Abo gültig bis 10. April 2029, Wiedereinstieg 18.04.2029', [('due', '2029-04-18', '2029-05-09')]),
    ('14.02. MK: Abo eingefroren vom 14.02. bis 14.03.29 wg. Grippe, noch 25 Tage', [('overdue', '2029-03-15', '2029-04-09')]),
    ('Pause ab 3. April 2029 für 3 Wochen, noch 1 Monat offen auf der Karte', [('upcoming', '2029-04-24', '2029-05-24')]),
    ('Monatsabo pausiert 01.04.–15.04.2029, noch 10 Tage; 5er-Karte (gültig bis 30.06.2029) ebenfalls pausiert ab 01.04.2029, Wiedereinstieg 16.04., noch 2 Einheiten', [('due', '2029-04-16', '2029-04-26'), ('due', '2029-04-16', '2029-07-15')]),
    ('Ruhezeit ab Mittwoch, 4. April 2029, noch 15 Tage, Rückkehr am Samstag, 21. April', [('due', '2029-04-21', '2029-05-06')]),
    ('pausiert ab 28.03.2029 bis inkl. 11.04.2029, Restlaufzeit: 24 Tage (Grund: Umzug)', [('overdue', '2029-04-12', '2029-05-06')]),
    ('Pause ab 2.4.2029, noch ca. 2 Wochen', [('review', '', '')]),  # approximation: ca. 2 Wochen
    ('Abo pausiert ab nächster Woche, noch 10 Tage', [('review', '', '')]),  # relative date without writing date
    ('Pause vom 01.04. bis 14.04.2029, 13 Tage verbraucht', [('review', '', '')]),  # consumption: Tage verbraucht
    ('10er-Abo eingefroren seit 05.04.2029, noch 3 Einheiten, Rückkehr 19.04.', [('review', '', '')]),  # pack with classes, no validity
    ('Pause ab 12.03.2029 bis 2.04., noch 10 Tage? bitte prüfen', [('review', '', '')]),  # doubt: ? / bitte prüfen
    ('Pause 01.02.–28.02.2029, noch 14 Tage -- reaktiviert am 01.03.2029 (TS)', [('closed', '', '')]),
    ('Unterbrechung ab 05.01.2029, noch 9 Tage. Reaktiviert am 22.01.2029. Erneut pausiert ab 10.04.2029 bis 20.04.2029, noch 7 Tage', [('closed', '', ''), ('due', '2029-04-21', '2029-04-28')]),
    ('Mittagspause der Rezeption 12–13 Uhr, Kundin ruft um 13:15 zurück', []),
    ('Geburtstag 19.04. - Gutschein schenken. Bezahlt per Twint am 03.04.2029', []),
  ],
  'en': [
    ('FROZEN 2029-04-05 -> back 2029-04-26, 30 days left on 3-month pass', [('upcoming', '2029-04-26', '2029-05-26')]),
    ('Paused from 2 Apr 2029, 16 days left on monthly pass, back on 19 Apr', [('due', '2029-04-19', '2029-05-05')]),
    ('on hold 12/03/2029 - 02/04/2029 (surgery). 3 weeks remaining', [('overdue', '2029-04-03', '2029-04-24')]),
    ('Membership frozen for two weeks starting Mon 26 March 2029, 20 days left', [('overdue', '2029-04-09', '2029-04-29')]),
    ('10-class pack valid until 31 May 2029, put on hold 28 March 2029, back April 20th, 7 classes left', [('due', '2029-04-20', '2029-06-23')]),
    ('pause starting 1st April 2029 until 30th April 2029 - travelling in Vietnam - 12 days remaining', [('upcoming', '2029-05-01', '2029-05-13')]),
    ('KL 04/04: client on hold from today, 1 month left on unlimited, returning Tuesday 17 April', [('due', '2029-04-17', '2029-05-17')]),
    ('Frozen since 15/02/29, no return date yet, ten days remaining', [('open', '2029-04-16', '2029-04-26')]),
    ('Hold from 16 Apr 2029 for 1 week - 9 days left on the monthly', [('due', '2029-04-23', '2029-05-02')]),
    ('Paused 19/03 to 08/04/2029, 2 wks left', [('overdue', '2029-04-09', '2029-04-23')]),
    ('suspended from 01 May 2029, 14 days left, return date TBC', [('upcoming', '', '')]),
    ('Monthly pass paused 5 April 2029, originally valid until 25 April 2029, back on 22 April', [('due', '2029-04-22', '2029-05-12')]),
    ('Pass on hold from March 5, 2029 through April 1, 2029 (broken wrist). 18 days remaining. Paid £60 on 2/3', [('overdue', '2029-04-02', '2029-04-20')]),
    ("Membership paused 10/4/2029 for 6 wks - mum's surgery in Perth - 4 weeks left", [('upcoming', '2029-05-22', '2029-06-19')]),
    ('Hold 26/03–09/04/2029, 11 days left. Extended to 15/04/2029 per email', [('due', '2029-04-16', '2029-04-27')]),
    ('annual pass frozen from 1 Feb 2029, 5 months remaining, resumes 1 May 2029', [('upcoming', '2029-05-01', '2029-10-01')]),
    ('3/4 JT - paused from 3 April 2029, thirteen days left, no return date given', [('open', '2029-04-16', '2029-04-29')]),
    ('Pass paused from 22 March 2029, 8 days left, back Wed 11 April', [('overdue', '2029-04-11', '2029-04-19')]),
    ('Monthly on hold 09/04/2029-18/04/2029, 12 days left. 5-class pack also frozen from 09/04/2029, valid until 30/06/2029, back 19/04/2029, 2 classes left', [('due', '2029-04-19', '2029-05-01'), ('due', '2029-04-19', '2029-07-10')]),
    ('Suspended 1–14 April 2029 (jury duty), 17 days left', [('overdue', '2029-04-15', '2029-05-02')]),
    ('on hold from 26 Apr 2029 until 10 May 2029, 20 days left', [('upcoming', '2029-05-11', '2029-05-31')]),
    ('paused from 2 April, about 10 days left', [('review', '', '')]),  # approximation: about 10 days
    ('Pass on hold from 04/15/2029, 12 days left', [('review', '', '')]),  # impossible day-first date 04/15/2029
    ('paused 3 Apr 2029, 13 days used up', [('review', '', '')]),  # consumption: days used up
    ('Frozen from next Monday, 2 weeks left', [('review', '', '')]),  # relative date without writing date
    ('10-class pack on hold from 01/04/2029 to 14/04/2029, 6 classes left', [('review', '', '')]),  # pack with classes, no validity
    ('Paused 01/02/2029-28/02/2029, 9 days left. Reactivated 2029-03-01 - EM', [('closed', '', '')]),
    ('On hold since 5 Jan 2029, 10 days left, reactivated 20 Jan 2029. Paused again from 12 Apr 2029, 10 days left, back on 30 April', [('closed', '', ''), ('upcoming', '2029-04-30', '2029-05-10')]),
    ('Lunch break staff 12-1, call her back re: direct debit failed on 03/04', []),
    ('Birthday 18 April. Prefers Tuesday 6.30pm vinyasa. Paid in full 01/04/2029', []),
  ],
  'es': [
    ('Socia pausada desde el vie 13/04/2029 hasta el dom 22/04/2029, le quedan diez días', [('due', '2029-04-23', '2029-05-03')]),
    ('Pausa desde el 2 de abril de 2029, le quedan 15 días del bono mensual, vuelve el 18 de abril', [('due', '2029-04-18', '2029-05-03')]),
    ('congelado del 12/03/2029 al 01/04/2029 (lesión rodilla), quedan 3 semanas', [('overdue', '2029-04-02', '2029-04-23')]),
    ('Membresía pausada a partir del lunes 26 de marzo de 2029 por dos semanas, le restan 18 días', [('overdue', '2029-04-09', '2029-04-27')]),
    ('Bono 10 clases válido hasta el 30/06/2029, suspendido desde el 01/04/2029, retoma el 17/04, quedan 5 clases', [('due', '2029-04-17', '2029-07-16')]),
    ('pausa del 1 al 30 de mayo de 2029 (viaje a Perú), quedan 20 días', [('upcoming', '2029-05-31', '2029-06-20')]),
    ('02/04 LG: pausa desde hoy, quedan doce días, vuelve el jueves 19/04', [('due', '2029-04-19', '2029-05-01')]),
    ('Suspendida desde el 10/02/29, sin fecha de regreso, le quedan 25 días', [('open', '2029-04-16', '2029-05-11')]),
    ('pausa durante 1 semana desde el 16/04/2029, quedan 10 días', [('due', '2029-04-23', '2029-05-03')]),
    ('Pausado 19/03-08/04/2029, restan 2 semanas', [('overdue', '2029-04-09', '2029-04-23')]),
    ('pausa a partir del 05/05/2029, quedan 8 días, fecha de vuelta por confirmar', [('upcoming', '', '')]),
    ('bono mensual pausado el 5 de abril de 2029, válido hasta el 28 de abril de 2029, vuelve el 21 de abril', [('due', '2029-04-21', '2029-05-14')]),
    ('Pausa por embarazo desde 01-01-2029 hasta 30-06-2029, quedan 2 meses', [('upcoming', '2029-07-01', '2029-09-01')]),
    ('Cuota congelada desde el 20/03/2029 x 4 semanas, le quedan 9 días (viaja a Bariloche, che)', [('due', '2029-04-17', '2029-04-26')]),
    ('Pausa del 26/03 al 09/04/2029, quedan 11 días. Prorrogada hasta el 14/04/2029', [('overdue', '2029-04-15', '2029-04-26')]),
    ('abono anual suspendido desde el 1 de febrero de 2029, quedan 4 meses, regresa el 2 de mayo de 2029', [('upcoming', '2029-05-02', '2029-09-02')]),
    ('03/04 MR: pausado desde el 3 de abril, quedan trece días, sin fecha de vuelta', [('open', '2029-04-16', '2029-04-29')]),
    ('pausa desde el 22 de marzo de 2029, quedan 8 días, vuelve el miércoles 11 de abril', [('overdue', '2029-04-11', '2029-04-19')]),
    ('Mensual pausado del 10 al 20/04/2029, quedan 6 días; bono de 8 entradas (válido hasta el 31/05/2029) congelado desde el 10/04/2029, vuelve el 21/04/2029, le quedan 3 entradas', [('due', '2029-04-21', '2029-04-27'), ('due', '2029-04-21', '2029-06-11')]),
    ('Plan suspendido del 1 al 14 de abril de 2029 (calamidad doméstica), le quedan 17 días', [('overdue', '2029-04-15', '2029-05-02')]),
    ('pausa desde el 26 abr 2029 hasta el 10 may 2029, quedan 20 días', [('upcoming', '2029-05-11', '2029-05-31')]),
    ('pausa desde el 3 de abril, quedan unos 10 días', [('review', '', '')]),  # approximation: unos 10 días
    ('congelado desde el 30/02/2029, quedan 12 días', [('review', '', '')]),  # impossible date 30/02
    ('bono 10 clases pausado del 02/04 al 15/04/2029, quedan 4 clases', [('review', '', '')]),  # pack with classes, no validity
    ('pausa desde la semana que viene, quedan 2 semanas', [('review', '', '')]),  # relative date without writing date
    ('pausa desde el 12/03/2029, quedan 10 días?? revisar', [('review', '', '')]),  # doubt: ?? revisar
    ('Pausa 01/02/2029-28/02/2029, quedan 9 días. Reactivado el 01/03/2029', [('closed', '', '')]),
    ('Congelada desde el 05/01/2029, quedan 10 días, reactivada el 20/01/2029. Nueva pausa desde el 12/04/2029, quedan 10 días, vuelve el 30 de abril', [('closed', '', ''), ('upcoming', '2029-04-30', '2029-05-10')]),
    ('Pagó 45€ en efectivo el 02/04. Clase de los martes a las 19:00', []),
    ('Cumpleaños 25/04, traerle tarta. Prefiere pilates del mediodía', []),
  ],
  'it': [
    ("sospensione dal 2029-03-15 al 2029-04-12, restano 19 giorni sull'open", [('overdue', '2029-04-13', '2029-05-02')]),
    ("In pausa dal 2 aprile 2029, restano 14 giorni sull'abbonamento mensile, rientro il 20 aprile", [('due', '2029-04-20', '2029-05-04')]),
    ('sospeso dal 12/03/2029 al 03/04/2029 (intervento), restano 3 settimane', [('overdue', '2029-04-04', '2029-04-25')]),
    ('Abbonamento congelato per due settimane a partire da lunedì 26 marzo 2029, gli restano 18 giorni', [('overdue', '2029-04-09', '2029-04-27')]),
    ('Carnet 10 ingressi valido fino al 15/06/2029, sospeso dal 03/04/2029, torna il 18/04, restano 5 ingressi', [('due', '2029-04-18', '2029-06-30')]),
    ('pausa dal 1 al 31 maggio 2029 (viaggio in Sicilia), restano 21 giorni', [('upcoming', '2029-06-01', '2029-06-22')]),
    ('03/04 FR: in pausa da oggi, restano dodici giorni, rientra venerdì 20/04', [('due', '2029-04-20', '2029-05-02')]),
    ('sospesa dal 10/02/29, data di rientro non ancora nota, le restano 25 giorni', [('open', '2029-04-16', '2029-05-11')]),
    ('pausa di 1 settimana dal 16/04/2029, restano 10 gg', [('due', '2029-04-23', '2029-05-03')]),
    ('In pausa 20/03-06/04/2029, rimangono 2 settimane', [('overdue', '2029-04-07', '2029-04-21')]),
    ('pausa dal 05/05/2029, restano 8 giorni, rientro da definire', [('upcoming', '', '')]),
    ('mensile sospeso il 6 aprile 2029, valido fino al 30 aprile 2029, torna il 22 aprile', [('due', '2029-04-22', '2029-05-16')]),
    ('Sospensione per gravidanza dal 01-01-2029 al 30-06-2029, restano 2 mesi', [('upcoming', '2029-07-01', '2029-09-01')]),
    ('congelato dal 20/03/2029 x 4 settimane, gli restano ancora 9 gg (va giù in Puglia)', [('due', '2029-04-17', '2029-04-26')]),
    ('Pausa dal 26/03 al 09/04/2029, restano 11 giorni. Prorogata al 14/04/2029', [('overdue', '2029-04-15', '2029-04-26')]),
    ('annuale sospeso dal 1° febbraio 2029, restano 4 mesi, rientro il 2 maggio 2029', [('upcoming', '2029-05-02', '2029-09-02')]),
    ('03/04 GB: messo in pausa il 3 aprile, restano tredici giorni, senza data di rientro', [('open', '2029-04-16', '2029-04-29')]),
    ('in pausa dal 22 marzo 2029, restano 8 giorni, torna mercoledì 11 aprile', [('overdue', '2029-04-11', '2029-04-19')]),
    ('Mensile in pausa dal 10 al 20/04/2029, restano 6 giorni; carnet 8 lezioni (valido fino al 31/05/2029) sospeso dal 10/04/2029, rientro il 21/04/2029, restano 3 lezioni', [('due', '2029-04-21', '2029-04-27'), ('due', '2029-04-21', '2029-06-11')]),
    ('sospeso dal 1 al 14 aprile 2029 (lutto), restano 17 giorni', [('overdue', '2029-04-15', '2029-05-02')]),
    ('pausa dal 26 apr 2029 fino al 10 mag 2029, restano 20 giorni', [('upcoming', '2029-05-11', '2029-05-31')]),
    ('in pausa dal 3 aprile, restano circa 10 giorni', [('review', '', '')]),  # approximation: circa 10 giorni
    ('sospeso dal 31/09/2028, restano 12 giorni', [('review', '', '')]),  # impossible date 31/09
    ('carnet 10 lezioni in pausa dal 02/04 al 15/04/2029, restano 4 lezioni', [('review', '', '')]),  # pack with classes, no validity
    ('pausa dalla settimana prossima, restano 2 settimane', [('review', '', '')]),  # relative date without writing date
    ('in pausa dal 12/03/2029, 10 giorni usati', [('review', '', '')]),  # consumption: giorni usati
    ('Pausa 01/02/2029-28/02/2029, restano 9 giorni. Riattivato il 01/03/2029', [('closed', '', '')]),
    ('Sospesa dal 05/01/2029, restano 10 giorni, riattivata il 20/01/2029. Nuova pausa dal 12/04/2029, restano 10 giorni, rientro il 30 aprile', [('closed', '', ''), ('upcoming', '2029-04-30', '2029-05-10')]),
    ('pausa pranzo reception 13-14, richiamare per il bonifico del 04/04', []),
    ('Compleanno 21/04. Preferisce la lezione del giovedì alle 18:30', []),
  ],
  'nl': [
    ('Abonnement gepauzeerd vanaf zaterdag 14/04/2029 t/m zondag 22/04/2029, nog 15 dagen', [('due', '2029-04-23', '2029-05-08')]),
    ('Pauze vanaf 2 april 2029, nog 17 dagen op het maandabonnement, terug op 18 april', [('due', '2029-04-18', '2029-05-05')]),
    ('gepauzeerd van 12/03/2029 tot 01/04/2029 (operatie), nog 3 weken', [('overdue', '2029-04-02', '2029-04-23')]),
    ('Abonnement bevroren voor twee weken vanaf maandag 26 maart 2029, nog 18 dagen', [('overdue', '2029-04-09', '2029-04-27')]),
    ('10-beurtenkaart geldig tot 30/06/2029, gepauzeerd vanaf 01/04/2029, terug op 17/04, nog 5 beurten', [('due', '2029-04-17', '2029-07-16')]),
    ('pauze van 1 t/m 31 mei 2029 (reis naar Indonesië), nog 21 dagen', [('upcoming', '2029-06-01', '2029-06-22')]),
    ('03/04 EV: gepauzeerd vanaf vandaag, nog twaalf dagen, komt terug op vrijdag 20/04', [('due', '2029-04-20', '2029-05-02')]),
    ('opgeschort sinds 10/02/29, nog geen terugkeerdatum, nog 25 dagen', [('open', '2029-04-16', '2029-05-11')]),
    ('pauze van 1 week vanaf 16/04/2029, nog 10 dagen', [('due', '2029-04-23', '2029-05-03')]),
    ('Gepauzeerd 20/03-06/04/2029, nog 2 weken over', [('overdue', '2029-04-07', '2029-04-21')]),
    ('pauze vanaf 05/05/2029, nog 8 dagen, terugkeer nog onbekend', [('upcoming', '', '')]),
    ('maandkaart gepauzeerd op 6 april 2029, geldig tot 30 april 2029, terug op 22 april', [('due', '2029-04-22', '2029-05-16')]),
    ('Pauze wegens zwangerschap van 01-01-2029 t/m 30-06-2029, nog 2 maanden', [('upcoming', '2029-07-01', '2029-09-01')]),
    ('Abonnement bevroren vanaf 20/03/2029 voor 4 weken, nog 9 dagen resterend (gaat naar de Ardennen)', [('due', '2029-04-17', '2029-04-26')]),
    ('Pauze van 26/03 t/m 09/04/2029, nog 11 dagen. Verlengd tot 14/04/2029', [('overdue', '2029-04-15', '2029-04-26')]),
    ('jaarabonnement opgeschort vanaf 1 februari 2029, nog 4 maanden, terug op 2 mei 2029', [('upcoming', '2029-05-02', '2029-09-02')]),
    ('03/04 JDB: gepauzeerd sinds 3 april, nog dertien dagen, geen terugkomdatum', [('open', '2029-04-16', '2029-04-29')]),
    ('gepauzeerd vanaf 22 maart 2029, nog 8 dagen, terug woensdag 11 april', [('overdue', '2029-04-11', '2029-04-19')]),
    ('Maandabo gepauzeerd 10-20/04/2029, nog 6 dagen; 8-rittenkaart (geldig tot 31/05/2029) bevroren vanaf 10/04/2029, terug op 21/04/2029, nog 3 rittjes', [('due', '2029-04-21', '2029-04-27'), ('due', '2029-04-21', '2029-06-11')]),
    ('opgeschort van 1 t/m 14 april 2029 (rouw), nog 17 dagen', [('overdue', '2029-04-15', '2029-05-02')]),
    ('pauze van 26 apr 2029 t/m 10 mei 2029, nog 20 dagen', [('upcoming', '2029-05-11', '2029-05-31')]),
    ('pauze vanaf 3 april, nog ongeveer 10 dagen', [('review', '', '')]),  # approximation: ongeveer 10 dagen
    ('gepauzeerd vanaf 29/02/2029, nog 12 dagen', [('review', '', '')]),  # impossible date 29/02/2029 (no leap year)
    ('10-rittenkaart bevroren van 02/04 t/m 15/04/2029, nog 4 rittjes', [('review', '', '')]),  # pack with classes, no validity
    ('pauze vanaf volgende week, nog 2 weken', [('review', '', '')]),  # relative date without writing date
    ('gepauzeerd vanaf 12/03/2029, nog 10 dagen?', [('review', '', '')]),  # doubt: ?
    ('Pauze 01/02/2029-28/02/2029, nog 9 dagen. Gereactiveerd op 01/03/2029', [('closed', '', '')]),
    ('Bevroren sinds 05/01/2029, nog 10 dagen, gereactiveerd op 20/01/2029. Nieuwe pauze vanaf 12/04/2029, nog 10 dagen, terug op 30 april', [('closed', '', ''), ('upcoming', '2029-04-30', '2029-05-10')]),
    ('middagpauze balie 12u-13u, terugbellen ivm betaling van 04/04', []),
    ('Verjaardag 23/04. Volgt graag de les van donderdag 19u30', []),
  ],
  'ca': [
    ('Abonament trimestral suspès des del 15/03/29 fins al 15/04/29, li queden 30 dies', [('due', '2029-04-16', '2029-05-16')]),
    ("Pausa des del 2 d'abril de 2029, li queden 15 dies de l'abonament mensual, torna el 19 d'abril", [('due', '2029-04-19', '2029-05-04')]),
    ('en pausa del 12/03/2029 al 02/04/2029 (lesió al genoll), queden 3 setmanes', [('overdue', '2029-04-03', '2029-04-24')]),
    ('Abonament congelat durant dues setmanes a partir de dilluns 26 de març de 2029, li queden 18 dies', [('overdue', '2029-04-09', '2029-04-27')]),
    ('Bo de 10 classes vàlid fins al 30/06/2029, en pausa des del 01/04/2029, torna el 17/04, queden 5 classes', [('due', '2029-04-17', '2029-07-16')]),
    ("pausa de l'1 al 31 de maig de 2029 (viatge a Menorca), queden 21 dies", [('upcoming', '2029-06-01', '2029-06-22')]),
    ("03/04 MP: en pausa des d'avui, queden dotze dies, torna divendres 20/04", [('due', '2029-04-20', '2029-05-02')]),
    ('Suspès des del 10/02/29, sense data de tornada, li queden 25 dies', [('open', '2029-04-16', '2029-05-11')]),
    ("pausa d'una setmana des del 16/04/2029, queden 10 dies", [('due', '2029-04-23', '2029-05-03')]),
    ('En pausa 20/03-06/04/2029, queden 2 setmanes', [('overdue', '2029-04-07', '2029-04-21')]),
    ('pausa a partir del 05/05/2029, queden 8 dies, data de tornada per confirmar', [('upcoming', '', '')]),
    ("abonament mensual en pausa el 6 d'abril de 2029, vàlid fins al 30 d'abril de 2029, torna el 22 d'abril", [('due', '2029-04-22', '2029-05-16')]),
    ("Pausa per embaràs de l'01-01-2029 al 30-06-2029, queden 2 mesos", [('upcoming', '2029-07-01', '2029-09-01')]),
    ('Abonament congelat des del 20/03/2029 per 4 setmanes, li queden 9 dies (marxa a la Cerdanya)', [('due', '2029-04-17', '2029-04-26')]),
    ('Pausa del 26/03 al 09/04/2029, queden 11 dies. Prorrogada fins al 14/04/2029', [('overdue', '2029-04-15', '2029-04-26')]),
    ("abonament anual suspès des de l'1 de febrer de 2029, queden 4 mesos, torna el 2 de maig de 2029", [('upcoming', '2029-05-02', '2029-09-02')]),
    ("03/04 JF: en pausa des del 3 d'abril, queden tretze dies, sense data de tornada", [('open', '2029-04-16', '2029-04-29')]),
    ("en pausa des del 22 de març de 2029, queden 8 dies, torna dimecres 11 d'abril", [('overdue', '2029-04-11', '2029-04-19')]),
    ('Mensual en pausa del 10 al 20/04/2029, queden 6 dies; bo de 8 sessions (vàlid fins al 31/05/2029) congelat des del 10/04/2029, torna el 21/04/2029, queden 3 sessions', [('due', '2029-04-21', '2029-04-27'), ('due', '2029-04-21', '2029-06-11')]),
    ("suspès de l'1 al 14 d'abril de 2029 (dol), queden 17 dies", [('overdue', '2029-04-15', '2029-05-02')]),
    ("pausa del 26 d'abr. de 2029 fins al 10 de maig de 2029, queden 20 dies", [('upcoming', '2029-05-11', '2029-05-31')]),
    ("pausa des del 3 d'abril, queden uns 10 dies", [('review', '', '')]),  # approximation: uns 10 dies
    ('congelat des del 31/11/2028, queden 12 dies', [('review', '', '')]),  # impossible date 31/11
    ('bo de 10 classes en pausa del 02/04 al 15/04/2029, queden 4 classes', [('review', '', '')]),  # pack with classes, no validity
    ('pausa a partir de la setmana que ve, queden 2 setmanes', [('review', '', '')]),  # relative date without writing date
    ('en pausa des del 12/03/2029, 10 dies gastats', [('review', '', '')]),  # consumption: dies gastats
    ('Pausa 01/02/2029-28/02/2029, queden 9 dies. Reactivat el 01/03/2029', [('closed', '', '')]),
    ("Congelada des del 05/01/2029, queden 10 dies, reactivada el 20/01/2029. Nova pausa des del 12/04/2029, queden 10 dies, torna el 30 d'abril", [('closed', '', ''), ('upcoming', '2029-04-30', '2029-05-10')]),
    ('Ha pagat 50€ en efectiu el 02/04. Classe dels dimarts a les 19h', []),
    ('Aniversari el 24/04, li agrada el ioga del matí', []),
  ],
}
