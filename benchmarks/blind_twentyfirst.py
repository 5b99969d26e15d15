"""Twenty-first blind set of pause notes (210, seven languages), written from the domain
reference without sight of the parser and scored once, on the code after the twentieth
set's fixes and the first red team's: recall 0.93, 11 to review, 0 missed, 0 wrong. After
the fixes it prompted: recall 0.97 (an unlisted event's date in brackets, "(Knie-OP am
01.10.)", a name before a return's verb, a "Left on pass:" label, a relative in another
sentence and a changed phone number still go to review)."""
AS_OF = "2030-10-14"
NOTES = {
  'fr': [
    ("Pause à partir du 23/09/2030 jusqu'au 06/10/2030 ; il reste 17 jours sur le pass mesuel (voyage au Portugal)", [('overdue', '2030-10-07', '2030-10-24')]),
    ('12/09 AL : pass trimestriel mis en pause du 12/09 au 20/10 (entorse cheville), il lui reste 5 semaines', [('due', '2030-10-21', '2030-11-25')]),
    ("Allergique au latex. Carnet 10 cours suspendu dès le 2 octobre 2030, reprise prévue le lundi 21 octobre, 6 séances restantes, carnet valable jusqu'au 15/12/2030", [('due', '2030-10-21', '2031-01-03')]),
    ("Mise en pause pour 3 semaines à partir du 30 septembre 2030, reste 12 jours sur l'abonnement mensuel", [('due', '2030-10-21', '2030-11-02')]),
    ("Gel de l'abonnement annuel depuis le 01/08/2030 (grossesse), il reste trois mois et 10 jours. Retour prévu le 3 mars 2031.", [('upcoming', '2031-03-03', '2031-06-13')]),
    ('En pause depuis le 7 octobre 2030, 20 jours restants sur le pass (raison : déménagement à Lyon)', [('open', '2030-10-14', '2030-11-03')]),
    ('Pause du 1er au 13 octobre 2030 - il reste deux semaines sur son pass', [('due', '2030-10-14', '2030-10-28')]),
    ('Abonnement 3 mois en pause du 16/09 au 29/09/2030 pour raison médicale, il reste septante-deux jours. Nouveau GSM : 0475 12 34 56', [('overdue', '2030-09-30', '2030-12-11')]),
    ("Pause depuis le 09/09/2030 jusqu'au 29/09, prolongée jusqu'au 27/10/2030 (certificat médical reçu le 30/09). Reste 22 jours sur le pass mensuel.", [('upcoming', '2030-10-28', '2030-11-19')]),
    ("Pass mensuel en pause du 05/10 au 18/10/2030, il reste 9 jours ; carnet 5 cours aussi en pause du 05/10 au 18/10/2030, 3 séances restantes, carnet valable jusqu'au 20/11/2030", [('due', '2030-10-19', '2030-10-28'), ('due', '2030-10-19', '2030-12-04')]),
    ('Pause à partir du 20/08/30, reste 1 mois ; revient le mardi 1er octobre 2030', [('overdue', '2030-10-01', '2030-11-01')]),
    ('Mise en pause du 15 septembre 2030 au 31 octobre 2030 inclus, 18 jours restants (opération du genou le 16/09)', [('upcoming', '2030-11-01', '2030-11-19')]),
    ('Cliente en pause, il reste 11 jours sur son pass 1 mois. Elle rappelle quand elle peut revenir.', [('open', '2030-10-14', '2030-10-25')]),
    ("Pause à partir du 28/10/2030 (stage à l'étranger), il reste 24 jours, date de retour inconnue", [('upcoming', '', '')]),
    ('pause 26/09-13/10/2030, 15 j restants, pass mensuel', [('due', '2030-10-14', '2030-10-29')]),
    ("Suspension du pass 20 cours du 14/09 au 12/10/2030 (blessure épaule). Il lui reste 7 séances ; pass valable jusqu'au 31/12/2030.", [('overdue', '2030-10-13', '2031-01-29')]),
    ('03/10 SB : paiement reçu 89 € le 03/10. 07/10 SB : pause dès le 07/10/2030 pour 2 semaines, il reste 16 jours.', [('due', '2030-10-21', '2030-11-06')]),
    ('pause du 19 sept. au 6 oct. 2030, reste 1 semaine et 3 jours', [('overdue', '2030-10-07', '2030-10-17')]),
    ('Pass illimité mis en pause le vendredi 11 octobre 2030 (voyage au Maroc), retour le lundi 4 novembre, il reste 19 jours', [('upcoming', '2030-11-04', '2030-11-23')]),
    ('Abonnement suspendu pendant un mois à partir du 10/09/2030, il reste 21 jours. Cours préféré : yin le jeudi 19h.', [('overdue', '2030-10-10', '2030-10-31')]),
    ("Pause déjeuner : ne peut venir qu'au cours de 12h15. Anniversaire le 19/10.", []),
    ('Paiement en 3 fois : 15/10, 15/11 et 15/12/2030. Vient le mardi et le jeudi à 18h30.', []),
    ('Pause du 01/07 au 31/08/2030, reste 14 jours - réactivé le 01/09/2030 par JD', [('closed', '', '')]),
    ("Gel du pass du 10/03 au 24/03/2030 (grippe), il restait 9 jours, réactivé le 25/03/2030. 30/09 MC : nouvelle pause à partir du 30/09/2030 jusqu'au 17/10/2030, il reste 12 jours.", [('closed', '', ''), ('due', '2030-10-18', '2030-10-30')]),
    ('Pause depuis le 15/09/2030 pour environ 3 semaines, reste 10 jours', [('review', '', '')]),  # approximation 'environ 3 semaines'
    ('Pause du 31/09 au 15/10/2030, reste 8 jours', [('review', '', '')]),  # impossible date 31/09
    ('Carnet 10 cours mis en pause le 01/10/2030, il reste 4 séances', [('review', '', '')]),  # class pack with classes but no validity
    ('Pause du 05/12 au 22/12, il reste 2 semaines', [('review', '', '')]),  # ambiguous year: last December or the coming one
    ('Pause à partir du 23/09/2030, 13 jours utilisés sur le pass mensuel', [('review', '', '')]),  # consumption '13 jours utilisés' is not time left
    ('Pause du 16/09/2030 au 06/10/2030, il reste 10 jours ? à vérifier avec la cliente', [('review', '', '')]),  # doubt '? à vérifier'
  ],
  'de': [
    ('Monatskarte pausiert ab 23.09.2030 bis 06.10.2030 wegen Urluab, noch 11 Tage übrig', [('overdue', '2030-10-07', '2030-10-18')]),
    ('Ruhezeit vom 30.09. bis 20.10.2030 (Knie-OP am 01.10.), Restlaufzeit 3 Wochen', [('due', '2030-10-21', '2030-11-11')]),
    ('10er-Block unterbrochen seit 02.10.2030, Wiedereinstieg am Mo. 21.10., noch 4 Einheiten, Block gültig bis 31.12.2030', [('due', '2030-10-21', '2031-01-19')]),
    ('Abo eingefroren ab 1. Oktober 2030 für drei Wochen (WK / Militärdienst), noch 25 Tage Guthaben', [('upcoming', '2030-10-22', '2030-11-16')]),
    ('Pause seit 16. September 2030, Wiedereinstieg geplant am 4. November, Rest: 2 Monate', [('upcoming', '2030-11-04', '2031-01-04')]),
    ('Kundin pausiert seit 08.10.2030, noch 17 Tage auf der Monatskarte', [('open', '2030-10-14', '2030-10-31')]),
    ('07.10. KM: Zahlung 120 € erhalten. 09.10. KM: Jahresabo pausiert ab 09.10.2030 für 2 Wochen, Restlaufzeit noch 4 Monate', [('upcoming', '2030-10-23', '2031-02-23')]),
    ('Pause 17.-29.09.2030, Restlaufzeit 2 Wochen, Grund: Grippe', [('overdue', '2030-09-30', '2030-10-14')]),
    ('Unterbrechung ab 2.9.2030 bis 22.9., verlängert bis 13.10.2030 (Attest liegt vor), noch 19 Tage', [('due', '2030-10-14', '2030-11-02')]),
    ('Monatskarte pausiert vom 07.10. bis 20.10.2030, noch 8 Tage; 5er-Karte ebenfalls pausiert vom 07.10. bis 20.10.2030, noch 2 Eintritte, gültig bis 30.11.2030', [('due', '2030-10-21', '2030-10-29'), ('due', '2030-10-21', '2030-12-14')]),
    ('pausiert ab 14.10.2030 bis einschließlich 27.10.2030, noch zwölf Tage (Hochzeitsreise)', [('upcoming', '2030-10-28', '2030-11-09')]),
    ('Pause ab Fr. 4.10.2030, zurück ab Mo. 14.10., noch 10 Tage', [('due', '2030-10-14', '2030-10-24')]),
    ('Monatsabo eingefroren vom 1.8.30 bis 31.8.30 (Sommerferien), Rest 15 Tage', [('overdue', '2030-09-01', '2030-09-16')]),
    ('Abo pausiert, noch 3 Wochen Restlaufzeit - Kunde meldet sich, wenn er wieder kommt', [('open', '2030-10-14', '2030-11-04')]),
    ('Pause ab 01.11.2030 (Reha), Restlaufzeit 27 Tage, Rückkehr noch offen', [('upcoming', '', '')]),
    ('Zehnerkarte pausiert: 19.09.2030-03.10.2030, noch 6 Einheiten, Karte gültig bis 15.11.2030', [('overdue', '2030-10-04', '2030-11-30')]),
    ('Abo unterbrochen wegen Ferien vom 5. bis und mit 19. Oktober 2030, es bleiben noch 30 Tage', [('due', '2030-10-20', '2030-11-19')]),
    ('Pausiert seit 11.09.2030, Wiedereinstieg am 09.10.2030, Monatskarte war gültig bis 25.09.2030', [('overdue', '2030-10-09', '2030-10-23')]),
    ('SR 19.09.: Quartalsabo Pause 20.09.-12.10.2030, noch ein Monat Restlaufzeit. Telefon neu: 0664 123 45 67', [('overdue', '2030-10-13', '2030-11-13')]),
    ('Jahreskarte Ruhezeit ab 15. Oktober 2030 für 6 Wochen (Schwangerschaft), Restlaufzeit 5 Monate und 3 Tage', [('upcoming', '2030-11-26', '2031-04-29')]),
    ('Mittagspause-Kurs Di 12:15 gebucht. Geburtstag 22.10.', []),
    ('Rechnung vom 02.10.2030 bezahlt, Lastschrift ab 01.11.2030', []),
    ('Ruhezeit 20. Jänner - 3. Feber 2030, noch 12 Tage - reaktiviert am 04.02.2030 (TB)', [('closed', '', '')]),
    ('Monatskarte pausiert 10.02.-23.02.2030, reaktiviert am 24.02.2030. 25.09. LH: erneut pausiert ab 25.09.2030 bis 11.10.2030, noch 20 Tage', [('closed', '', ''), ('overdue', '2030-10-12', '2030-11-01')]),
    ('Pause ab 23.09.2030 für ca. 2 Wochen, noch 14 Tage', [('review', '', '')]),  # approximation 'ca. 2 Wochen'
    ('Pause seit 30.02.2030, noch 9 Tage', [('review', '', '')]),  # impossible date 30.02.
    ('Pause 14.12.-28.12., noch 10 Tage', [('review', '', '')]),  # ambiguous year: last December or the coming one
    ('Abo pausiert ab 01.10.2030, anderthalb Monate Restlaufzeit', [('review', '', '')]),  # fraction 'anderthalb Monate'
    ('Pause ab nächster Woche, noch 12 Tage', [('review', '', '')]),  # relative time 'ab nächster Woche' without writing date
    ('10er-Block pausiert vom 01.10. bis 20.10.2030, noch 5 Einheiten', [('review', '', '')]),  # class pack with classes but no validity
  ],
  'en': [
    ('Monthly pass paused from 23 Sept 2030 to 6 Oct 2030 (travel), 14 days remaining', [('overdue', '2030-10-07', '2030-10-21')]),
    ('On hold starting Oct 1, 2030 for 3 weeks - knee surgery. 9 days left on the pass.', [('upcoming', '2030-10-22', '2030-10-31')]),
    ('10-class pack frozen since 30/09/2030, back on Monday 21 Oct, 5 classes left, pack valid until 15 Dec 2030', [('due', '2030-10-21', '2031-01-05')]),
    ('paused 2030-09-16 through 2030-10-13, thirteen days left', [('due', '2030-10-14', '2030-10-27')]),
    ('Suspended from 7th October 2030 (work trip to Singapore), 3 weeks remaining', [('open', '2030-10-14', '2030-11-04')]),
    ('Client on hold, 10 days left on monthly membership. Will call when ready to come back.', [('open', '2030-10-14', '2030-10-24')]),
    ('Pause starting 28 October 2030, 2 weeks remaining, no return date yet', [('upcoming', '', '')]),
    ('Annual membership frozen 01/08/2030 - 31/10/2030 (maternity leave). 4 months and 5 days left.', [('upcoming', '2030-11-01', '2031-03-06')]),
    ('14/10 JP: paused from 14/10/2030 until 27/10/2030, 11 days left on 1-month pass', [('upcoming', '2030-10-28', '2030-11-08')]),
    ("Hold from 2 Sep 2030 to 22 Sep, extended to 12 Oct 2030 (doctor's note received 20/09). 18 days remaining.", [('overdue', '2030-10-13', '2030-10-31')]),
    ('Unlimited monthly paused 3-16 Oct 2030, 12 days left. Also 5-class card on hold 3-16 Oct 2030, 2 classes left, card valid until 30 Nov 2030.', [('due', '2030-10-17', '2030-10-29'), ('due', '2030-10-17', '2030-12-14')]),
    ('Paused Fri 27 Sep 2030, back on Mon 14 Oct, 20 days left', [('due', '2030-10-14', '2030-11-03')]),
    ("Membership on hold 1 Sept - 30 Sept 2030 (Euro trip), 1 month left. Mum's birthday class booked 25/10.", [('overdue', '2030-10-01', '2030-11-01')]),
    ('Frozen for two weeks starting 2030-10-05; 19 days remaining', [('due', '2030-10-19', '2030-11-07')]),
    ('Paused 18.09.30 - 29.09.30 (flu), pass was valid until 10.10.30', [('overdue', '2030-09-30', '2030-10-22')]),
    ('20-class pass paused from 12 Sep 2030 to 13 Oct 2030, 8 classes left, pass valid until 31 Dec 2030', [('due', '2030-10-14', '2031-02-01')]),
    ('On hold from 25 September 2030 until further notice, 16 days left', [('open', '2030-10-14', '2030-10-30')]),
    ('Pass put on hold 16/09/2030, returning 4/11/2030, 3 wks left', [('upcoming', '2030-11-04', '2030-11-25')]),
    ("Pause: 23/09/2030-06/10/2030. Left on pass: 6 days. Reason: sister's weding in Cork", [('overdue', '2030-10-07', '2030-10-13')]),
    ('Paused 1st Oct 2030 for a month (broken wrist, X-ray appt 8 Oct), twenty-one days left', [('upcoming', '2030-11-01', '2030-11-22')]),
    ('Lunch break class Wed 12:30. Birthday 19/10. Paid 95 GBP on 01/10/2030.', []),
    ('Card payment declined 07/10/2030, retried 09/10/2030 OK. Prefers the back row.', []),
    ('Paused 1 Jul 2030 - 31 Jul 2030, 15 days left. Reactivated 2030-08-01 (SM)', [('closed', '', '')]),
    ('Frozen 10/02/2030-24/02/2030, reactivated 25/02/2030. New hold from 30/09/2030 to 20/10/2030, 9 days left.', [('closed', '', ''), ('due', '2030-10-21', '2030-10-30')]),
    ('On hold from 06/17/2030, 12 days left', [('review', '', '')]),  # impossible date 06/17/2030 in day-first order
    ('Paused 1 Oct 2030 for about 3 weeks, 10 days left', [('review', '', '')]),  # approximation 'about 3 weeks'
    ('Paused 23/09/2030, 13 days used up', [('review', '', '')]),  # consumption '13 days used up' is not time left
    ('Class pack paused 01/10/2030, 4 classes left', [('review', '', '')]),  # class pack with classes but no validity
    ('Paused from 15 Sep 2030 to 5 Oct 2030, 20 days left, monthly valid until 25 Oct 2030', [('review', '', '')]),  # contradiction: 20 days left vs valid until 25 Oct (40 days)
    ('On hold from next Monday, 2 weeks left', [('review', '', '')]),  # relative time 'next Monday' without writing date
  ],
  'es': [
    ('Bono mensual en pausa desde el 23/09/2030 hasta el 06/10/2030, quedan 15 días (viaje a Galicia)', [('overdue', '2030-10-07', '2030-10-22')]),
    ('Pausa del 30 de septiembre al 20 de octubre de 2030 por lesión, le quedan 3 semanas', [('due', '2030-10-21', '2030-11-11')]),
    ('Bono 10 clases congelado desde el 2 de octubre de 2030, vuelve el lunes 21 de octubre, quedan 4 clases, válido hasta el 30/11/2030', [('due', '2030-10-21', '2030-12-19')]),
    ('Membresía pausada a partir del 1° de octubre de 2030 durante tres semanas, le restan 12 días', [('upcoming', '2030-10-22', '2030-11-03')]),
    ('Suspendido desde el 07/10/2030, quedan 18 días del abono', [('open', '2030-10-14', '2030-11-01')]),
    ('Clienta con el plan congelado, le quedan 2 semanas. Avisa ella cuando vuelva.', [('open', '2030-10-14', '2030-10-28')]),
    ('Pausa a partir del 4 de noviembre de 2030 (cirugía), quedan 20 días, fecha de vuelta sin definir', [('upcoming', '', '')]),
    ('Abono trimestral en pausa del 01/09/30 al 30/09/30, quedan 1 mes y 12 días', [('overdue', '2030-10-01', '2030-11-13')]),
    ('11/10 MG: pausa del 11/10 al 27/10/2030, quedan 10 días, motivo: exámenes', [('upcoming', '2030-10-28', '2030-11-07')]),
    ('Pausa desde el 09/09/2030 hasta el 29/09, prorrogada hasta el 13/10/2030 (certificado médico del 25/09). Quedan 22 días.', [('due', '2030-10-14', '2030-11-05')]),
    ('Bono mensual en pausa del 07/10 al 20/10/2030, quedan 9 días. Bono 5 clases también en pausa del 07/10 al 20/10/2030, quedan 3 clases, válido hasta el 15/12/2030.', [('due', '2030-10-21', '2030-10-30'), ('due', '2030-10-21', '2030-12-29')]),
    ('Pausa desde el viernes 4 de octubre de 2030, vuelve el lunes 14 de octubre, le quedan 16 días', [('due', '2030-10-14', '2030-10-30')]),
    ('Cuponera de 8 clases suspendida del 16-09-2030 al 06-10-2030, le quedan 5 clases, cuponera válida hasta el 15-11-2030', [('overdue', '2030-10-07', '2030-12-06')]),
    ('Pausada diez días desde el 20 de septiembre de 2030, quedan doce días', [('overdue', '2030-09-30', '2030-10-12')]),
    ('Abono anual congelado del 15/07/2030 al 15/10/2030 (embarazo), le quedan 5 meses', [('due', '2030-10-16', '2031-03-16')]),
    ('Membresía en pausa desde el 23/09/2030; regresa el 28/10/2030; le restan 9 días. Cel nuevo 55 1234 5678', [('upcoming', '2030-10-28', '2030-11-06')]),
    ('pausa 26/09-13/10/2030 quedan 11 dias (gripe)', [('due', '2030-10-14', '2030-10-25')]),
    ('En pausa desde el 2030-09-02 hasta el 2030-09-29, quedan 2 semanas, bono mensual válido hasta el 2030-09-16', [('overdue', '2030-09-30', '2030-10-14')]),
    ('Pausado del 1 al 12 de octubre de 2030, le quedan 7 días en el bono. Clase de prueba de su hija el 19/10.', [('overdue', '2030-10-13', '2030-10-20')]),
    ('Congelado a partir del 18 de octubre de 2030 hasta el 10 de noviembre de 2030, restan 25 días', [('upcoming', '2030-11-11', '2030-12-06')]),
    ('Pausa del almuerzo: solo puede venir a la clase de las 13:00. Cumpleaños 22/10.', []),
    ('Pagó 60 € el 02/10/2030 en efectivo. Clase de prueba el 05/10.', []),
    ('Pausa del 01/06/2030 al 30/06/2030, quedan 10 días. Reactivado el 01/07/2030.', [('closed', '', '')]),
    ('Congelado del 03/03 al 16/03/2030 (gripe), reactivado el 17/03/2030. 26/09 PL: nueva pausa desde el 26/09/2030 hasta el 15/10/2030, le quedan 14 días.', [('closed', '', ''), ('due', '2030-10-16', '2030-10-30')]),
    ('Pausa desde el 15/09/2030 por unas 3 semanas, quedan 10 días', [('review', '', '')]),  # approximation 'unas 3 semanas'
    ('Pausa del 31/11/2030 al 15/12/2030, quedan 8 días', [('review', '', '')]),  # impossible date 31/11/2030
    ('Bono 10 clases en pausa desde el 01/10/2030, le quedan 6 clases', [('review', '', '')]),  # class pack with classes but no validity
    ('Pausa del 10/12 al 28/12, quedan 12 días', [('review', '', '')]),  # ambiguous year: last December or the coming one
    ('Pausa desde el 23/09/2030, quedan 13 días ??', [('review', '', '')]),  # doubt '??'
    ('Abono pausado desde el 01/10/2030, le queda mes y medio', [('review', '', '')]),  # fraction 'mes y medio'
  ],
  'it': [
    ('Abbonamneto mensile in pausa dal 24/09/2030 al 05/10/2030, restano 13 giorni (viaggio in Puglia)', [('overdue', '2030-10-06', '2030-10-19')]),
    ('Sospeso dal 30 settembre al 19 ottobre 2030 per infortunio, gli restano 3 settimane', [('due', '2030-10-20', '2030-11-10')]),
    ('Carnet 10 lezioni congelato dal 3 ottobre 2030, rientro lunedì 21 ottobre, restano 5 lezioni, valido fino al 30/11/2030', [('due', '2030-10-21', '2030-12-18')]),
    ("Pausa dal 1° ottobre 2030 per due settimane, restano 17 giorni sull'abbonamento", [('due', '2030-10-15', '2030-11-01')]),
    ('In pausa dal 07/10/2030, le restano 19 giorni', [('open', '2030-10-14', '2030-11-02')]),
    ("Cliente in pausa, restano 12 giorni sull'abbonamento. Richiama lei quando rientra.", [('open', '2030-10-14', '2030-10-26')]),
    ('Sospensione a partire dal 02/11/2030 (intervento), restano 22 giorni, data di rientro da definire', [('upcoming', '', '')]),
    ('Abbonamento trimestrale sospeso dal 01/08/30 al 31/08/30, restano 1 mese e 5 giorni', [('overdue', '2030-09-01', '2030-10-06')]),
    ('10/10 GR: pausa dal 10/10 al 24/10/2030, restano 8 giorni, motivo: esami universitari', [('upcoming', '2030-10-25', '2030-11-02')]),
    ('Pausa dal 02/09/2030 al 22/09, prorogata al 11/10/2030 (certificato medico del 20/09). Restano 20 giorni.', [('overdue', '2030-10-12', '2030-11-01')]),
    ('Mensile in pausa dal 05/10 al 18/10/2030, restano 11 giorni; carnet 5 ingressi sospeso dal 05/10 al 18/10/2030, restano 2 ingressi, valido fino al 20/11/2030', [('due', '2030-10-19', '2030-10-30'), ('due', '2030-10-19', '2030-12-04')]),
    ('Pausa da venerdì 27 settembre 2030, torna lunedì 14 ottobre, restano 10 giorni', [('due', '2030-10-14', '2030-10-24')]),
    ('Tessera 20 ingressi sospesa dal 16-09-2030 al 06-10-2030, restano 9 ingressi, tessera valida fino al 31-12-2030', [('overdue', '2030-10-07', '2031-01-21')]),
    ('congelato per un mese dal 10/09/2030, restano quattordici giorni', [('overdue', '2030-10-10', '2030-10-24')]),
    ('Annuale in pausa dal 15/07/2030 al 15/10/2030 (maternità), restano 6 mesi. Bonifico ricevuto il 03/10.', [('due', '2030-10-16', '2031-04-16')]),
    ('In pausa dal 23/09/2030, rientro il 28/10/2030, restano 9 giorni', [('upcoming', '2030-10-28', '2030-11-06')]),
    ('pausa 26/09-12/10/2030 restano 6 gg (influenza)', [('overdue', '2030-10-13', '2030-10-19')]),
    ('Sospeso dal 2030-09-02 fino al 2030-09-29, abbonamento valido fino al 2030-09-20', [('overdue', '2030-09-30', '2030-10-18')]),
    ("Pausa dall'1 al 13 ottobre 2030, restano 3 settimane. Certificato medico scade il 30/11/2030.", [('due', '2030-10-14', '2030-11-04')]),
    ('Congelata dal 18 ottobre 2030 fino al 9 novembre 2030, restano 25 giorni', [('upcoming', '2030-11-10', '2030-12-05')]),
    ('Pausa pranzo: viene solo alle 13:00. Compleanno 21/10.', []),
    ('Pagato 70 € il 01/10/2030 con bonifico. Lezione di prova sabato 19/10.', []),
    ('Pausa dal 01/06/2030 al 30/06/2030, restano 10 giorni. Riattivato il 01/07/2030.', [('closed', '', '')]),
    ('Sospeso per influenza dal 10/02/2030 al 23/02/2030, riattivato il 24/02/2030. Poi di nuovo in pausa dal 30/09/2030 al 16/10/2030, restano 13 giorni.', [('closed', '', ''), ('due', '2030-10-17', '2030-10-30')]),
    ('Pausa dal 15/09/2030, restano una decina di giorni', [('review', '', '')]),  # approximation 'una decina di giorni'
    ('Pausa dal 16/09/2003 al 06/10/2030, restano 8 giorni', [('review', '', '')]),  # implausible year 2003 (typo?)
    ('Carnet 10 lezioni in pausa dal 01/10/2030, restano 4 lezioni', [('review', '', '')]),  # class pack with classes but no validity
    ('Pausa dal 02/12 al 20/12, restano 12 giorni', [('review', '', '')]),  # ambiguous year: last December or the coming one
    ('In pausa dal 23/09/2030, 13 giorni usati', [('review', '', '')]),  # consumption '13 giorni usati' is not time left
    ('Pausa dal 16/09/2030 al 06/10/2030, restano 10 giorni (da verificare)', [('review', '', '')]),  # doubt 'da verificare'
  ],
  'nl': [
    ('Maandabonnement gepauzeerd van 22/09/2030 t/m 05/10/2030, nog 16 dagen (vakantie)', [('overdue', '2030-10-06', '2030-10-22')]),
    ('Pauze van 30 september tot en met 20 oktober 2030 (blessure), nog 3 weken', [('due', '2030-10-21', '2030-11-11')]),
    ('10-rittenkaart bevroren sinds 2 oktober 2030, terug op maandag 21 oktober, nog 6 lessen, kaart geldig tot 31/12/2030', [('due', '2030-10-21', '2031-01-19')]),
    ('Abonnement opgeschort vanaf 1 oktober 2030 voor drie weken, nog 12 dagen', [('upcoming', '2030-10-22', '2030-11-03')]),
    ('Gepauzeerd sinds 07/10/2030, nog 19 dagen op het abonnement', [('open', '2030-10-14', '2030-11-02')]),
    ('Klant staat op pauze, nog 2 weken over. Belt zelf terug.', [('open', '2030-10-14', '2030-10-28')]),
    ('Pauze vanaf 01/11/2030 (operatie), nog 23 dagen, terugkomst nog niet bekend', [('upcoming', '', '')]),
    ('Kwartaalabonnement gepauzeerd van 01/08/30 t/m 31/08/30, nog 1 maand en 4 dagen', [('overdue', '2030-09-01', '2030-10-05')]),
    ('09/10 EV: pauze van 09/10 t/m 23/10/2030, nog 10 dagen, reden: examens', [('upcoming', '2030-10-24', '2030-11-03')]),
    ('Pauze vanaf 02/09/2030 t/m 22/09, verlengd tot en met 13/10/2030 (doktersattest). Nog 18 dagen.', [('due', '2030-10-14', '2030-11-01')]),
    ('Maandabonnement gepauzeerd van 07/10 t/m 20/10/2030, nog 8 dagen; 5-beurtenkaart ook gepauzeerd van 07/10 t/m 20/10/2030, nog 3 beurten, geldig tot 30/11/2030', [('due', '2030-10-21', '2030-10-29'), ('due', '2030-10-21', '2030-12-14')]),
    ('Pauze vanaf vrijdag 4 oktober 2030, herneemt maandag 14 oktober, nog 15 dagen', [('due', '2030-10-14', '2030-10-29')]),
    ('Beurtenkaart 20 beurten opgeschort van 16-09-2030 t/m 06-10-2030, nog 7 beurten, kaart geldig tot 15-01-2031', [('overdue', '2030-10-07', '2031-02-05')]),
    ('Bevroren voor een maand vanaf 10/09/2030, nog elf dagen. Betaald via Bancontact op 12/09.', [('overdue', '2030-10-10', '2030-10-21')]),
    ('Jaarabonnement gepauzeerd van 12/07/2030 t/m 12/10/2030 (zwangerschap), nog 4 maanden en 10 dagen', [('overdue', '2030-10-13', '2031-02-23')]),
    ('Gepauzeerd sinds 23/09/2030, terug op 28/10/2030, nog 9 dagen', [('upcoming', '2030-10-28', '2030-11-06')]),
    ('pauze 26/09-13/10/2030 nog 6 dgn (griep)', [('due', '2030-10-14', '2030-10-20')]),
    ('Gepauzeerd van 2030-09-03 t/m 2030-09-28, abonnement was geldig tot 2030-09-24', [('overdue', '2030-09-29', '2030-10-20')]),
    ('Pauze van 1 t/m 12 oktober 2030, nog 9 dagen op de kaart. Gsm-nummer gewijzigd.', [('overdue', '2030-10-13', '2030-10-22')]),
    ('Bevroren van 18 oktober 2030 tot en met 9 november 2030, nog 25 dagen', [('upcoming', '2030-11-10', '2030-12-05')]),
    ('Lunchpauze-les op woensdag 12u30. Verjaardag 20/10.', []),
    ('Betaald 65 euro op 02/10/2030 via Bancontact. Proefles zaterdag 12/10.', []),
    ('Pauze van 01/06/2030 t/m 30/06/2030, nog 10 dagen. Gereactiveerd op 01/07/2030.', [('closed', '', '')]),
    ('Bevroren 05/05/2030-18/05/2030, gereactiveerd op 19/05/2030 (KD). Nieuwe pauze van 30/09/2030 t/m 17/10/2030, nog 12 dagen.', [('closed', '', ''), ('due', '2030-10-18', '2030-10-30')]),
    ('Pauze vanaf 15/09/2030 voor een week of drie, nog 10 dagen', [('review', '', '')]),  # approximation 'een week of drie'
    ('Gepauzeerd vanaf 31/06/2030, nog 9 dagen', [('review', '', '')]),  # impossible date 31/06/2030
    ('10-beurtenkaart gepauzeerd vanaf 01/10/2030, nog 4 beurten', [('review', '', '')]),  # class pack with classes but no validity
    ('Pauze 03/12 t/m 19/12, nog 12 dagen', [('review', '', '')]),  # ambiguous year: last December or the coming one
    ('Gepauzeerd vanaf volgende week, nog 2 weken', [('review', '', '')]),  # relative time 'vanaf volgende week' without writing date
    ('Gepauzeerd van 01/10/2030 t/m 14/10/2030, nog 10 dagen, abonnement geldig tot 30/10/2030', [('review', '', '')]),  # contradiction: nog 10 dagen vs geldig tot 30/10 (29 days)
  ],
  'ca': [
    ('Abonament mensual en pausa del 24/09/2030 al 06/10/2030, queden 14 dies (viatge a Menorca)', [('overdue', '2030-10-07', '2030-10-21')]),
    ("Li hem congelat el bo mensual des del 25 de setembre fins al 19 d'octubre de 2030 (esquinç de turmell). Li queden tres setmanes.", [('due', '2030-10-20', '2030-11-10')]),
    ("Bo de 10 sessions en pausa des de dimecres 2 d'octubre de 2030; torna a venir el dilluns 21/10; li queden 4 sessions; el bo és vàlid fins al 30/11/2030", [('due', '2030-10-21', '2030-12-19')]),
    ("Abonament suspès a partir de l'1 d'octubre de 2030 durant tres setmanes, li queden 12 dies", [('upcoming', '2030-10-22', '2030-11-03')]),
    ("En pausa des del 07/10/2030, queden 18 dies de l'abonament", [('open', '2030-10-14', '2030-11-01')]),
    ("Clienta amb l'abonament congelat, li queden 2 setmanes. Ens truca quan torni.", [('open', '2030-10-14', '2030-10-28')]),
    ('Pausa a partir del 4 de novembre de 2030 (operació de menisc), li queden 20 dies; encara no sabem quan tornarà', [('upcoming', '', '')]),
    ('Trimestral en pausa del 02/09/30 al 29/09/30, queda 1 mes i 6 dies', [('overdue', '2030-09-30', '2030-11-05')]),
    ("08/10 JR: posem l'abonament en pausa del 09/10 al 25/10/2030 per exàmens, li queden deu dies", [('upcoming', '2030-10-26', '2030-11-05')]),
    ('Pausa des del 09/09/2030 fins al 29/09, allargada fins al 13/10/2030 (certificat mèdic del 26/09). Queden 22 dies.', [('due', '2030-10-14', '2030-11-05')]),
    ('Abonament mensual en pausa del 07/10 al 20/10/2030, queden 9 dies. Bo de 5 classes també en pausa del 07/10 al 20/10/2030, queden 3 classes, vàlid fins al 15/12/2030.', [('due', '2030-10-21', '2030-10-30'), ('due', '2030-10-21', '2030-12-29')]),
    ("Pausa des de divendres 4 d'octubre de 2030, torna dilluns 14 d'octubre, li queden 16 dies", [('due', '2030-10-14', '2030-10-30')]),
    ('Targeta de 8 entrades suspesa del 16-09-2030 al 06-10-2030, queden 5 entrades, targeta vàlida fins al 15-11-2030', [('overdue', '2030-10-07', '2030-12-06')]),
    ('Pausa de dues setmanes a partir del 21/09/2030, queden dotze dies', [('overdue', '2030-10-05', '2030-10-17')]),
    ('Abonament anual congelat del 15/07/2030 al 15/10/2030 (embaràs), li queden 5 mesos. Rebut pagat el 01/10.', [('due', '2030-10-16', '2031-03-16')]),
    ('En pausa des del 23/09/2030; tornarà el 28/10/2030; li queden 9 dies', [('upcoming', '2030-10-28', '2030-11-06')]),
    ('pausa 26/09-13/10/2030 queden 11 dies (grip)', [('due', '2030-10-14', '2030-10-25')]),
    ('En pausa des del 2030-09-02 fins al 2030-09-29, queden 2 setmanes, abonament vàlid fins al 2030-09-16', [('overdue', '2030-09-30', '2030-10-14')]),
    ("Pausat de l'1 al 12 d'octubre de 2030, li queden 7 dies. Classe de ioga dimecres a les 19 h.", [('overdue', '2030-10-13', '2030-10-20')]),
    ("Congelat a partir del 18 d'octubre de 2030 fins al 10 de novembre de 2030, queden 25 dies", [('upcoming', '2030-11-11', '2030-12-06')]),
    ('Pausa per dinar: només pot venir a les 13:00. Aniversari el 22/10.', []),
    ('Ha pagat 60 € el 02/10/2030 en efectiu. Classe de prova el dissabte 19/10.', []),
    ("Pausa de l'01/06/2030 al 30/06/2030 (vacances), queden 10 dies. Reactivat el 01/07/2030 - MP", [('closed', '', '')]),
    ('Congelat del 10/02 al 23/02/2030, reactivat el 24/02/2030. Nova pausa des del 30/09/2030 fins al 17/10/2030, queden 14 dies.', [('closed', '', ''), ('due', '2030-10-18', '2030-11-01')]),
    ('Pausa des del 15/09/2030 durant unes 3 setmanes, queden 10 dies', [('review', '', '')]),  # approximation 'unes 3 setmanes'
    ('Abonament en pausa des del 29/02/2030, queden 12 dies', [('review', '', '')]),  # impossible date 29/02/2030 (2030 is not a leap year)
    ("Bo de 10 classes en pausa des de l'01/10/2030, queden 6 classes", [('review', '', '')]),  # class pack with classes but no validity
    ('Pausa del 20/11 al 04/12, queden 12 dies', [('review', '', '')]),  # ambiguous year: last November or the coming one
    ('Pausa des del 23/09/2030, 13 dies gastats', [('review', '', '')]),  # consumption '13 dies gastats' is not time left
    ("Abonament pausat des de l'01/10/2030, li queda mes i mig", [('review', '', '')]),  # fraction 'mes i mig'
  ],
}
