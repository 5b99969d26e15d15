"""Nineteenth blind set of pause notes (210, seven languages), written from the domain
reference without sight of the parser and scored once, on the code after the eighteenth
set's fixes: recall 0.95, 11 to review, 0 missed, 0 wrong. Four of the eleven were a
medical certificate's date in brackets after a start's keyword ("(certificado médico del
25/02/2030)"). After the fixes it prompted: recall 0.99 (a second product's range repeated
in brackets, and "originally" before an extended range, still go to review)."""
AS_OF = "2030-03-18"

NOTES = {
    'fr': [
        ('Pause à partir du 3 février 2030 (voyage au Japon), reprise le 3 mars. Il reste 12 jours sur le pass mensuel.', [('overdue', '2030-03-03', '2030-03-15')]),
        ("12/02 CL : carnet 10 cours mis en pause du 12/02 au 20/03 — entorse cheville. Il reste 5 séances, carnet valable jusqu'au 30/04/2030.", [('due', '2030-03-21', '2030-06-06')]),
        ('Abonnement trimestriel suspendu dès le 1er mars 2030 pour 3 semaines (opération du genou). Reste 41 jours.', [('due', '2030-03-22', '2030-05-02')]),
        ('gel du pass annuel du 15/12 au 10/01/2030, il reste deux mois et 4 jours', [('overdue', '2030-01-11', '2030-03-15')]),
        ('Cliente enceinte :) Pass illimité en pause depuis le 20/01/2030, retour pas encore fixé. Il lui reste 23 jours.', [('open', '2030-03-18', '2030-04-10')]),
        ("Payé 89€ le 02/03/2030 par virement. Pause du 04/03/2030 au 17/03/2030 inclus, reste 16 jours sur l'abonnement.", [('due', '2030-03-18', '2030-04-03')]),
        ("Septante jours restants sur l'abonnement annuel - mis en pause à partir du 02/12/2029 jusqu'au 06/01/2030 (accident de vélo).", [('overdue', '2030-01-07', '2030-03-18')]),
        ("pause d'abord du 10/02 au 24/02, puis prolongée jusqu'au 10/03 (nouveau certificat médical). 9 j restants sur le pass mensuel", [('overdue', '2030-03-11', '2030-03-20')]),
        ('Pass 1 mois gelé le 05/03/2030, revient le lundi 25 mars. Il reste 11 jours.', [('due', '2030-03-25', '2030-04-05')]),
        ("Suspension carnet 20 séances à partir du 28/02/2030 pendant un mois. Encore 7 séances, carnet valable jusqu'au 15/05/2030.", [('upcoming', '2030-03-28', '2030-06-12')]),
        ('Mise en pause prévue du 20/04 au 04/05 (vacances en Crète). Il restera 18 jours sur le pass.', [('upcoming', '2030-05-05', '2030-05-23')]),
        ('Pass mensuel : pause à partir du 1er avril 2030 (déménagement), date de retour inconnue. Reste 3 semaines.', [('upcoming', '', '')]),
        ("02/03 CL : a payé 45 € en espèces, reçu envoyé.\n14/03 MB : en pause depuis le 14/03, il reste quinze jours sur l'abonnement, elle nous recontacte.", [('open', '2030-03-18', '2030-04-02')]),
        ('Pass mensuel suspendu du 22 janv. au 5 fevrier 2030 (grippe) - reste 20 jours.', [('overdue', '2030-02-06', '2030-02-26')]),
        ('Cours du mardi 18h30. Pause du 25/02/30 au 11/03/30, il reste 1 mois sur le pass trimestriel.', [('overdue', '2030-03-12', '2030-04-12')]),
        ("Carnet 10 entrées (valable jusqu'au 31/05/2030) mis en pause le 10/03/2030, reprise prévue le 8 avril, reste 6 entrées.", [('upcoming', '2030-04-08', '2030-06-29')]),
        ("Pass mensuel en pause du 01/03 au 19/03, il reste 10 jours. Carnet 5 cours aussi en pause sur la même période (01/03 au 19/03), 2 séances restantes, valable jusqu'au 15/04/2030.", [('due', '2030-03-20', '2030-03-30'), ('due', '2030-03-20', '2030-05-04')]),
        ('pause du 8 au 28 janvier 2030 (burn-out), il reste 2 sem. sur le pass', [('overdue', '2030-01-29', '2030-02-12')]),
        ('Pause dès le lun. 11 mars, retour le lundi 1er avril. Il reste 27 jours sur le pass 3 mois.', [('upcoming', '2030-04-01', '2030-04-28')]),
        ('Anniversaire le 14/06. Abo mensuel gelé depuis le 09/02/2030, retour le 9 mars, il reste vingt et un jours.', [('overdue', '2030-03-09', '2030-03-30')]),
        ('RDV bilan le 26/03 à 17h. Pass annuel en pause du 01/03/2030 au 31/03/2030 (chirurgie), reste 4 mois.', [('upcoming', '2030-04-01', '2030-08-01')]),
        ('Pass en pause depuis le 10/02/2030, il reste environ 10 jours', [('review', '', '')]),  # approximation: 'environ 10 jours'
        ('Pause du 03/02 au 17/02/2030, 13 jours utilisés sur le pass mensuel', [('review', '', '')]),  # consumption: '13 jours utilisés' is not the time left
        ('Carnet 10 cours en pause du 01/03/2030 au 15/03/2030, il reste 6 séances', [('review', '', '')]),  # class pack with classes but no validity/remaining time
        ('Pause à partir du 31/04/2030 (voyage), il reste 12 jours', [('review', '', '')]),  # impossible date 31/04
        ('Pause 21/04-05/05, il reste 10 jours sur le pass', [('review', '', '')]),  # yearless range: last April or the coming one, no planning word
        ('Pause du 05/01/2030 au 26/01/2030, il reste 14 jours. Réactivé le 27/01/2030 (JL).', [('closed', '', '')]),
        ("Gel du pass du 02/12/2029 au 02/01/2030 - réactivée le 03/01/2030. 11/03 SD : nouvelle pause à partir du 11/03/2030 jusqu'au 24/03/2030, reste 19 jours.", [('closed', '', ''), ('due', '2030-03-25', '2030-04-13')]),
        ('Pause de midi : ne pas lui proposer le créneau 12h-13h30. Paiement en 3 fois (05/01, 05/02, 05/03).', []),
        ('Allergique aux huiles essentielles. Préfère les cours du jeudi 19h. Certificat médical reçu le 12/09/2029.', []),
    ],
    'de': [
        ('Monatsabo pausiert ab 4.2.2030 bis 24.2.2030 (Grippe), Restlaufzeit noch 17 Tage.', [('overdue', '2030-02-25', '2030-03-14')]),
        ('03.03. SK: 10er-Block unterbrochen vom 03.03. bis 23.03., noch 4 Einheiten, gültig bis 30.06.2030.', [('due', '2030-03-24', '2030-07-21')]),
        ('Jahreskarte Ruhezeit ab 15. Jänner 2030 für 6 Wochen (Kreuzband-OP), Restlaufzeit 3 Monate.', [('overdue', '2030-02-26', '2030-05-26')]),
        ('Abo eingefroren seit 01.03.2030, Wiedereinstieg am Montag, 18. März. Es bleiben noch 22 Tage.', [('due', '2030-03-18', '2030-04-09')]),
        ('Pause 20.12.–10.01.2030 (Ferien Thailand), noch zwölf Tage auf der Monatskarte.', [('overdue', '2030-01-11', '2030-01-23')]),
        ('Kunde hat sein Abo pausiert wegen Jobwechsel, es bleiben ihm noch 2 Wochen. Kein Datum angegeben.', [('open', '2030-03-18', '2030-04-01')]),
        ('Unterbrechung der 3-Monatskarte vom 10.02.30 bis 09.03.30, Rest: 5 Wochen. Bezahlt am 02.01.30 bar.', [('overdue', '2030-03-10', '2030-04-14')]),
        ('Pausiert seit 25.02.2030 (Schwangerschaft), Rückkehr noch offen, noch 40 Tage Restlaufzeit.', [('open', '2030-03-18', '2030-04-27')]),
        ('Pause ab 10.02.2030 bis 03.03.2030, verlängert bis 17.03.2030 (Arztzeugnis). Noch 11 Tage.', [('due', '2030-03-18', '2030-03-29')]),
        ('Monatsabo ab 1. April 2030 pausiert, Ende noch unklar, noch 25 Tage.', [('upcoming', '', '')]),
        ('Kurs immer Do 18:00. Abo pausiert vom 28. Feb. bis 13. Marz 2030, noch 1 Monat übrig.', [('overdue', '2030-03-14', '2030-04-14')]),
        ('Zehnerkarte eingefroren ab 05.03.2030 für 4 Wochen, noch 6 Eintritte, gültig bis 31.05.2030.', [('upcoming', '2030-04-02', '2030-06-28')]),
        ('12.02. AB: Pause ab 12.02. bis einschließlich 05.03., noch 19 Tage auf dem Monatsabo.', [('overdue', '2030-03-06', '2030-03-25')]),
        ('Geplante Pause 22.04.–05.05. (Reha in Bad Tölz), noch 16 Tage auf der Karte.', [('upcoming', '2030-05-06', '2030-05-22')]),
        ('Abo sistiert (Pause) vom 14.1. bis 3.2.2030 wegen Unfall, Restdauer drei Wochen.', [('overdue', '2030-02-04', '2030-02-25')]),
        ('Jahresabo: Unterbrechung ab Mo, 4. März 2030, Wiedereinstieg Mo, 25. März. Noch 2 Monate und 10 Tage.', [('due', '2030-03-25', '2030-06-04')]),
        ('Monatskarte pausiert 01.03.–20.03.2030, noch 8 Tage. 5er-Block ebenfalls pausiert 01.03.–20.03.2030, noch 2 Einheiten, gültig bis 10.04.2030.', [('due', '2030-03-21', '2030-03-29'), ('due', '2030-03-21', '2030-04-30')]),
        ('Geburtstag 07.07. / Pause seit 16.12.2029 bis 31.01.2030, Rest 14 Tage.', [('overdue', '2030-02-01', '2030-02-15')]),
        ('Im Krankenstand, Abo pausiert vom 03.02. bis 02.03.2030, es sind noch 18 Tage übrig.', [('overdue', '2030-03-03', '2030-03-21')]),
        ('Unterbrochen ab 18.03.2030 für zehn Tage (Umzug), Restlaufzeit 23 Tage.', [('upcoming', '2030-03-28', '2030-04-20')]),
        ('Pausiert seit 06.11.2029, bisher kein Rückkehrdatum, noch 1 Monat auf der Karte.', [('open', '2030-03-18', '2030-04-18')]),
        ('Abo pausiert ab ca. 10.02., noch 2 Wochen', [('review', '', '')]),  # approximation: 'ca. 10.02.'
        ('Pause vom 03.03.2030 bis 17.03.2030, 12 Tage verbraucht', [('review', '', '')]),  # consumption: '12 Tage verbraucht' is not the time left
        ('10er-Block unterbrochen ab 01.03.2030 bis 15.03.2030, noch 3 Einheiten', [('review', '', '')]),  # class pack with classes but no validity/remaining time
        ('Pause ab 12.02.2030 bis 26.02.2030, noch 20 Tage?? bitte prüfen', [('review', '', '')]),  # doubt: '??', 'bitte prüfen'
        ('Pause 29.02.2030–14.03.2030, noch 10 Tage', [('review', '', '')]),  # impossible date 29.02.2030 (2030 is not a leap year)
        ('Ruhezeit 07.01.2030–27.01.2030, noch 15 Tage. Reaktiviert am 28.01.2030 (MK).', [('closed', '', '')]),
        ('Unterbrechung vom 01.11.2029 bis 30.11.2029, reaktiviert am 01.12.2029. 08.03. LS: erneut pausiert ab 08.03.2030 bis 21.03.2030, noch 13 Tage.', [('closed', '', ''), ('due', '2030-03-22', '2030-04-04')]),
        ('Mittagspause 12–13 Uhr, Termine nur ab 13:30. Lastschrift vom 01.03.2030 zurückgebucht.', []),
        ('Zahlt bar. Kurs Mi 19:15 Pilates. Geburtstag 22.08.', []),
    ],
    'en': [
        ('Monthly pass on hold from 3 Feb 2030 to 23 Feb 2030 (flu), 14 days remaining.', [('overdue', '2030-02-24', '2030-03-10')]),
        ('12/03 JT: 10-class pack paused 12-24 March 2030, 5 classes left, valid until 31 May 2030.', [('due', '2030-03-25', '2030-06-13')]),
        ('Frozen from Monday 4th March 2030 for 2 weeks (knee surgery). 18 days left on the unlimited pass.', [('due', '2030-03-18', '2030-04-05')]),
        ('Membership suspended starting Jan 20, 2030, back on March 4. Eleven days remaining.', [('overdue', '2030-03-04', '2030-03-15')]),
        ('Paused since 10 March 2030, no return date yet - she still has 3 weeks left on her monthly.', [('open', '2030-03-18', '2030-04-08')]),
        ('On hold 28/02/2030 - 14/03/2030, back Fri 15 March, 9 days left', [('overdue', '2030-03-15', '2030-03-24')]),
        ('Pass paused from 15th Dec 2029 until 5th Jan 2030 (Christmas in Australia) - 1 month remaining.', [('overdue', '2030-01-06', '2030-02-06')]),
        ("Pause extended: originally 1 Feb-15 Feb 2030, now extended to 10 Mar 2030 (doctor's note). 16 days left on 3-month pass.", [('overdue', '2030-03-11', '2030-03-27')]),
        ('Planned freeze 25/04-09/05 (wedding + honeymoon), 20 days remaining.', [('upcoming', '2030-05-10', '2030-05-30')]),
        ('Hold on annual membership starting 1 April 2030, return date TBC, 2 months left.', [('upcoming', '', '')]),
        ('Paid £95 cash on 02/03/2030. Pass paused 06/03/2030 to 19/03/2030 incl., 12 days remaining.', [('due', '2030-03-20', '2030-04-01')]),
        ('Paused for now (new baby!!), thirty days left on her pass. No dates given.', [('open', '2030-03-18', '2030-04-17')]),
        ('20-class pack frozen from 2030-03-01 for one month, 8 classes remaining, valid until 2030-06-30.', [('upcoming', '2030-04-01', '2030-07-31')]),
        ('Paused 2030-02-11 -> 2030-03-03 (travel), 6 days left.', [('overdue', '2030-03-04', '2030-03-10')]),
        ('Regular at the Tue 7pm class. On hold since Jan 14th 2030, resumes Tuesday 19 March. 25 days left.', [('due', '2030-03-19', '2030-04-13')]),
        ('Unlimited monthly suspended 18-31 Jan 2030 - two weeks and 3 days left', [('overdue', '2030-02-01', '2030-02-18')]),
        ('Monthly pass frozen from 5 March 2030 to 26 March 2030 (10 days left); 5-class card also frozen same dates, 3 classes left, valid until 20 April 2030.', [('upcoming', '2030-03-27', '2030-04-06'), ('upcoming', '2030-03-27', '2030-05-12')]),
        ('Paused from 13/02/30, back on 13/03/30, 1 week remaining on intro pass.', [('overdue', '2030-03-13', '2030-03-20')]),
        ('Birthday 30/08. Pass on hold since 02/12/2029, still no return date, 19 days left.', [('open', '2030-03-18', '2030-04-06')]),
        ('Pass suspended from 20 March 2030 until 3 April 2030 inclusive (surgery). 22 days remaining.', [('upcoming', '2030-04-04', '2030-04-26')]),
        ('Frozen for 3 weeks from 25 Febuary 2030 (exams), twenty-one days left on pass.', [('due', '2030-03-18', '2030-04-08')]),
        ('Paused around 10 Feb, about 2 weeks left', [('review', '', '')]),  # approximation: 'around', 'about'
        ('Pass on hold from 06/17/2029 to 07/01/2029, 10 days left', [('review', '', '')]),  # 06/17/2029 impossible day-first; month-first order
        ('Frozen 1 March 2030 - 14 March 2030, 15 days used up', [('review', '', '')]),  # consumption: '15 days used up' is not the time left
        ('10-class pack on hold since 2030-03-04, 7 classes left', [('review', '', '')]),  # class pack with classes but no validity/remaining time
        ('On hold from next week for a fortnight, 12 days left', [('review', '', '')]),  # relative time 'next week' with no writing date
        ('Hold 6-20 Jan 2030, 12 days left. Reactivated 21 Jan 2030 - KP', [('closed', '', '')]),
        ('Paused 01/11/2029-30/11/2029, reactivated 2029-12-01. 09/03 RB: paused again from 09/03/2030 for 10 days, 15 days left.', [('closed', '', ''), ('due', '2030-03-19', '2030-04-03')]),
        ("Lunch break 12-1, don't book PT sessions then. Direct debit on the 5th of each month.", []),
        ('Prefers back row. Has a 3-month pass valid until 30/04/2030. Paid 12/01/2030 by card.', []),
    ],
    'es': [
        ('Pausa del bono mensual desde el 3 de febrero de 2030 hasta el 24 de febrero (viaje). Quedan 13 días.', [('overdue', '2030-02-25', '2030-03-10')]),
        ('10/03 MG: bono 10 clases pausado del 10/03 al 21/03/2030, quedan 4 clases, válido hasta el 30/04/2030.', [('due', '2030-03-22', '2030-05-12')]),
        ('Membresía congelada a partir del 1 de marzo de 2030 por 3 semanas (cirugía), le restan 20 días.', [('due', '2030-03-22', '2030-04-11')]),
        ('Suspendida desde el 15/01/2030, vuelve el lunes 11 de marzo. Le quedan dieciocho días.', [('overdue', '2030-03-11', '2030-03-29')]),
        ('Pausa indefinida desde el 05/03/2030 (embarazo), quedan 2 meses del abono.', [('open', '2030-03-18', '2030-05-18')]),
        ('Pase mensual en pausa del 20/12 al 08/01/2030 (vacaciones en Bariloche), le quedan 15 días.', [('overdue', '2030-01-09', '2030-01-24')]),
        ('Pausa del 12/02/2030 al 26/02, prorrogada hasta el 12/03/2030 (parte médico). Quedan 10 días.', [('overdue', '2030-03-13', '2030-03-23')]),
        ('Abono trimestral pausado desde el 1 de abril de 2030, sin fecha de vuelta, quedan 5 semanas.', [('upcoming', '', '')]),
        ('Pagó 60 € el 04/03/2030. Pausa del 05/03/2030 al 18/03/2030, quedan 12 días de bono.', [('due', '2030-03-19', '2030-03-31')]),
        ('Clases martes y jueves 19h.\n17/02 AR: congelado del 17/02/30 al 10/03/30, restan 3 semanas.', [('overdue', '2030-03-11', '2030-04-01')]),
        ('Bono 20 clases suspendido desde el 02/03/2030 durante un mes, quedan 9 clases, válido hasta el 15/06/2030.', [('upcoming', '2030-04-02', '2030-07-16')]),
        ('Pausa prevista del 24/04 al 08/05 (viaje a Cuba), quedan 17 días.', [('upcoming', '2030-05-09', '2030-05-26')]),
        ('Clienta pausada por lesión, todavía le quedan diez días de bono (no dejó fecha).', [('open', '2030-03-18', '2030-03-28')]),
        ('Pausa desde el 8/1/2030 hasta el 27/1/2030 inclusive, le queda 1 mes.', [('overdue', '2030-01-28', '2030-02-28')]),
        ('Congelada el mié. 13 de marzo de 2030, regresa el lunes 25 de marzo, le restan 16 días.', [('due', '2030-03-25', '2030-04-10')]),
        ('Abono mensual en pausa del 01/03 al 22/03/2030, quedan 9 días. Bono 5 clases también en pausa del 01/03 al 22/03/2030, quedan 2 clases, válido hasta el 31/03/2030.', [('due', '2030-03-23', '2030-04-01'), ('due', '2030-03-23', '2030-04-22')]),
        ('Cumple el 02/05. Pausada desde el 20/11/2029, todavía sin fecha de regreso, quedan 25 días.', [('open', '2030-03-18', '2030-04-12')]),
        ('Pausa del 11 al 24 de febrero de 2030, quedan veintidós días de pase.', [('overdue', '2030-02-25', '2030-03-19')]),
        ('Suspendido del 26/02/2030 al 16/03/2030 (certificado médico del 25/02/2030), quedan 4 semanas.', [('overdue', '2030-03-17', '2030-04-14')]),
        ('Pausa de 2 semanas a partir del 15/03/2030, restan 30 días del bono mensual.', [('upcoming', '2030-03-29', '2030-04-28')]),
        ('Plan congelado desde el 2030-02-04 hasta el 2030-03-04, le quedan 1 mes y 10 días.', [('overdue', '2030-03-05', '2030-04-15')]),
        ('Pausa desde el 10/02/2030, quedan unos 15 días', [('review', '', '')]),  # approximation: 'unos 15 días'
        ('Bono válido hasta el 31/03/2030, pausado del 01/03/2030 al 14/03/2030, le quedan 10 días', [('review', '', '')]),  # contradiction: original end gives 30 days, note says 10
        ('Pausa del 03/03/2030 al 16/03/2030, 15 días usados', [('review', '', '')]),  # consumption: '15 días usados' is not the time left
        ('Bono 10 clases congelado del 04/03/2030 al 18/03/2030, quedan 5 clases', [('review', '', '')]),  # class pack with classes but no validity/remaining time
        ('Pausa del 20/04 al 04/05, quedan 12 días', [('review', '', '')]),  # yearless range: last April or the coming one, no planning word
        ('Pausa del 07/01/2030 al 21/01/2030, quedan 11 días. Reactivado el 22/01/2030.', [('closed', '', '')]),
        ('Congelado del 02/12/2029 al 31/12/2029, reactivada el 01/01/2030. 12/03 LP: nueva pausa desde el 12/03/2030 hasta el 31/03/2030, quedan 14 días.', [('closed', '', ''), ('upcoming', '2030-04-01', '2030-04-15')]),
        ('Trabaja en turno partido (pausa de almuerzo 14-16h), solo puede venir a la clase de las 14:15. Pagó con tarjeta el 01/03/2030.', []),
        ('Prefiere clases por la mañana. Cumpleaños 15/09. Debe 20 € de la matrícula.', []),
    ],
    'it': [
        ('Abbonamento mensile in pausa dal 4 febbraio 2030 al 24 febbraio 2030 (influenza), restano 12 giorni.', [('overdue', '2030-02-25', '2030-03-09')]),
        ("11/03 FR: carnet da 10 sospeso dall'11/03 al 20/03/2030, restano 6 lezioni, valido fino al 30/04/2030.", [('due', '2030-03-21', '2030-05-10')]),
        ('Sospensione abbonamento dal 1° marzo 2030 per 3 settimane (intervento al ginocchio), restano 25 giorni.', [('due', '2030-03-22', '2030-04-16')]),
        ('In pausa dal 14/01/2030, rientro lunedì 4 marzo. Restano diciannove giorni.', [('overdue', '2030-03-04', '2030-03-23')]),
        ('Congelato dal 06/03/2030, data di rientro non ancora definita, restano 3 settimane.', [('open', '2030-03-18', '2030-04-08')]),
        ('Abbonamento in pausa dal 20/12 al 07/01/2030 (vacanze giù in Puglia), le restano 16 giorni.', [('overdue', '2030-01-08', '2030-01-24')]),
        ('Pausa dal 10/02/2030 al 24/02, poi prorogata al 10/03/2030. Restano 8 giorni.', [('overdue', '2030-03-11', '2030-03-19')]),
        ('Abbonamento trimestrale sospeso a partire dal 2 aprile 2030, rientro da definire, restano 40 giorni.', [('upcoming', '', '')]),
        ('03/03 GB: pagato 70€ in contanti.\n04/03 GB: abbonamento in pausa dal 04/03/2030 al 19/03/2030 compreso, restano 14 giorni.', [('due', '2030-03-20', '2030-04-03')]),
        ('Lezioni mar/gio ore 18:30. In pausa dal 18/02/30 al 03/03/30, restano 2 settimane.', [('overdue', '2030-03-04', '2030-03-18')]),
        ('Carnet 20 ingressi sospeso dal 05/03/2030 per un mese, restano 11 ingressi, valido fino al 31/05/2030.', [('upcoming', '2030-04-05', '2030-07-01')]),
        ('Pausa prevista dal 23/04 al 07/05 (viaggio di nozze), restano 21 giorni.', [('upcoming', '2030-05-08', '2030-05-29')]),
        ("Cliente in pausa per motivi di lavoro, ha ancora 12 giorni sull'abbonamento, nessuna data segnata.", [('open', '2030-03-18', '2030-03-30')]),
        ("Pausa dall'8 al 27 gennaio 2030, resta 1 mese.", [('overdue', '2030-01-28', '2030-02-28')]),
        ('Sospeso dal mer. 13 marzo 2030, torna il lunedì 25 marzo, restano 10 giorni.', [('due', '2030-03-25', '2030-04-04')]),
        ('Abbonamento mensile in pausa dal 01/03 al 21/03/2030, restano 7 giorni; carnet 5 lezioni in pausa nello stesso periodo, restano 3 lezioni, valido fino al 20/04/2030.', [('due', '2030-03-22', '2030-03-29'), ('due', '2030-03-22', '2030-05-11')]),
        ('Compleanno 03/07. In pausa dal 25/11/2029, ancora nessuna data di rientro, restano 27 giorni.', [('open', '2030-03-18', '2030-04-14')]),
        ('Pausa dal 12 al 25 febraio 2030, restano ventitré giorni.', [('overdue', '2030-02-26', '2030-03-21')]),
        ('Sospesa dal 25/02/2030 al 15/03/2030 (certificato medico del 24/02/2030), restano 4 settimane.', [('overdue', '2030-03-16', '2030-04-13')]),
        ('Pausa di 10 giorni a partire dal 16/03/2030, restano 30 giorni sul mensile.', [('upcoming', '2030-03-26', '2030-04-25')]),
        ('Tessera congelata dal 2030-02-05 al 2030-03-05, le rimangono 1 mese e 5 giorni.', [('overdue', '2030-03-06', '2030-04-11')]),
        ('In pausa da circa metà febbraio, restano 10 giorni', [('review', '', '')]),  # approximation: 'circa metà febbraio', no exact start
        ('Pausa dal 02/03/2030 al 16/03/2030, restano un mese e mezzo', [('review', '', '')]),  # fraction: 'un mese e mezzo'
        ('Carnet 10 ingressi sospeso dal 04/03/2030 al 17/03/2030, restano 4 ingressi', [('review', '', '')]),  # class pack with classes but no validity/remaining time
        ('Pausa dal 03/03/2030 al 17/03/2030, restano 12 giorni?? da verificare', [('review', '', '')]),  # doubt: '??', 'da verificare'
        ('Abbonamento in pausa dal 15/03/1930 al 29/03/1930, restano 10 giorni', [('review', '', '')]),  # implausible year 1930
        ('Pausa dal 07/01/2030 al 20/01/2030, restano 9 giorni. Riattivato il 21/01/2030 (SG).', [('closed', '', '')]),
        ('Congelato dal 01/12/2029 al 31/12/2029, riattivata il 02/01/2030. 13/03 AM: di nuovo in pausa dal 13/03/2030 al 20/03/2030, restano 15 giorni.', [('closed', '', ''), ('due', '2030-03-21', '2030-04-05')]),
        ('Pausa pranzo 13-14, non prenotare lezioni private. Bonifico ricevuto il 05/03/2030.', []),
        ('Preferisce il corso del venerdì ore 19. Certificato medico valido fino al 12/09/2030.', []),
    ],
    'nl': [
        ('Maandabonnement gepauzeerd van 4 februari 2030 t/m 24 februari 2030 (griep), nog 13 dagen.', [('overdue', '2030-02-25', '2030-03-10')]),
        ('11/03 EV: 10-rittenkaart bevroren van 11/03 tot en met 19/03/2030, nog 5 lessen, geldig tot 30/04/2030.', [('due', '2030-03-20', '2030-05-09')]),
        ('Abonnement opgeschort vanaf 1 maart 2030 voor 3 weken (knieoperatie), resterend 24 dagen.', [('due', '2030-03-22', '2030-04-15')]),
        ('Gepauzeerd sinds 13/01/2030, terug op maandag 4 maart. Nog negentien dagen.', [('overdue', '2030-03-04', '2030-03-23')]),
        ('Bevroren sinds 07/03/2030, nog geen terugkomdatum, nog 3 weken over.', [('open', '2030-03-18', '2030-04-08')]),
        ('Abonnement in pauze van 21/12 t.e.m. 06/01/2030 (reis naar Suriname), nog 17 dagen.', [('overdue', '2030-01-07', '2030-01-24')]),
        ('Pauze van 10/02/2030 t/m 24/02/2030, verlengd tot en met 10/03/2030. Nog 9 dagen.', [('overdue', '2030-03-11', '2030-03-20')]),
        ('Kwartaalabonnement gepauzeerd vanaf 1 april 2030, terugkeer nog onbekend, nog 6 weken.', [('upcoming', '', '')]),
        ('Betaald €75 op 02/03/2030. Pauze van 05/03/2030 t/m 18/03/2030, nog 11 dagen.', [('due', '2030-03-19', '2030-03-30')]),
        ('Lessen di/do 19u.\n17/02 KV: gepauzeerd van 17/02/30 t/m 09/03/30, nog 2 weken.', [('overdue', '2030-03-10', '2030-03-24')]),
        ('20-beurtenkaart bevroren vanaf 04/03/2030 voor een maand, nog 12 beurten, geldig tot 30/06/2030.', [('upcoming', '2030-04-04', '2030-07-31')]),
        ('Geplande pauze 22/04-06/05 (huwelijksreis), nog 18 dagen.', [('upcoming', '2030-05-07', '2030-05-25')]),
        ('Klant heeft gepauzeerd wegens blessure, nog 8 dagen over, geen datum genoteerd.', [('open', '2030-03-18', '2030-03-26')]),
        ('Pauze van 7 t/m 27 januari 2030, nog 1 maand.', [('overdue', '2030-01-28', '2030-02-28')]),
        ('Opgeschort sinds woensdag 13 maart 2030, terug op maandag 25 maart, nog 12 dagen.', [('due', '2030-03-25', '2030-04-06')]),
        ('Maandabonnement gepauzeerd van 01/03 t/m 20/03/2030, nog 6 dagen; 5-beurtenkaart ook gepauzeerd van 01/03 t/m 20/03/2030, nog 2 beurten, geldig tot 15/04/2030.', [('due', '2030-03-21', '2030-03-27'), ('due', '2030-03-21', '2030-05-05')]),
        ('Verjaardag 04/10. Gepauzeerd sinds 28/11/2029, nog geen datum van terugkeer, nog 26 dagen.', [('open', '2030-03-18', '2030-04-13')]),
        ('Pauze van 11 t/m 24 febuari 2030, nog tweeëntwintig dagen.', [('overdue', '2030-02-25', '2030-03-19')]),
        ('Bevroren van 24/02/2030 t/m 14/03/2030 (doktersattest van 23/02/2030), nog 4 weken.', [('overdue', '2030-03-15', '2030-04-12')]),
        ('Pauze van 2 weken vanaf 14/03/2030, nog 30 dagen op het maandabonnement.', [('upcoming', '2030-03-28', '2030-04-27')]),
        ('Pauze 2030-02-06 t/m 2030-03-06, nog 1 maand en 3 dagen.', [('overdue', '2030-03-07', '2030-04-10')]),
        ('Gepauzeerd sinds ongeveer 10/02, nog 2 weken', [('review', '', '')]),  # approximation: 'ongeveer 10/02'
        ('Pauze van 01/03/2030 t/m 14/03/2030, 14 dagen opgebruikt', [('review', '', '')]),  # consumption: '14 dagen opgebruikt' is not the time left
        ('10-beurtenkaart bevroren van 03/03/2030 t/m 17/03/2030, nog 6 beurten', [('review', '', '')]),  # class pack with classes but no validity/remaining time
        ('Pauze van 20/04 t/m 04/05, nog 15 dagen', [('review', '', '')]),  # yearless range: last April or the coming one, no planning word
        ('Pauze vanaf volgende week, nog 10 dagen', [('review', '', '')]),  # relative time 'volgende week' with no writing date
        ('Pauze van 06/01/2030 t/m 19/01/2030, nog 10 dagen. Gereactiveerd op 20/01/2030.', [('closed', '', '')]),
        ('Bevroren van 01/12/2029 t/m 31/12/2029, gereactiveerd op 02/01/2030. 10/03 JD: opnieuw gepauzeerd vanaf 10/03/2030 t/m 23/03/2030, nog 16 dagen.', [('closed', '', ''), ('due', '2030-03-24', '2030-04-09')]),
        ('Middagpauze 12u-13u: geen privéles plannen. Domiciliëring van 05/03/2030 geweigerd.', []),
        ('Komt graag naar de zondagles. Verjaardag 17/11. Heeft nog een openstaande factuur van 01/02/2030.', []),
    ],
    'ca': [
        ('Abonament mensual en pausa del 4 de febrer de 2030 al 24 de febrer de 2030 (grip), queden 12 dies.', [('overdue', '2030-02-25', '2030-03-09')]),
        ("11/03 MP: targeta de 10 classes congelada de l'11/03 al 20/03/2030, queden 4 classes, vàlida fins al 30/04/2030.", [('due', '2030-03-21', '2030-05-10')]),
        ("Abonament suspès a partir de l'1 de març de 2030 durant 3 setmanes (operació), queden 26 dies.", [('due', '2030-03-22', '2030-04-17')]),
        ('En pausa des del 14/01/2030, torna dilluns 4 de març. Queden divuit dies.', [('overdue', '2030-03-04', '2030-03-22')]),
        ('Congelada des del 08/03/2030, encara sense data de tornada, queden 3 setmanes.', [('open', '2030-03-18', '2030-04-08')]),
        ('Abonament en pausa del 22/12 al 07/01/2030 (vacances a Andorra), li queden 14 dies.', [('overdue', '2030-01-08', '2030-01-22')]),
        ("Pausa des de l'11/02/2030 fins al 25/02, prorrogada fins a l'11/03/2030. Queden 7 dies.", [('overdue', '2030-03-12', '2030-03-19')]),
        ("Abonament trimestral en pausa a partir del 3 d'abril de 2030, sense data de tornada, queden 45 dies.", [('upcoming', '', '')]),
        ('Ha pagat 65 € el 03/03/2030. Pausa del 04/03/2030 al 19/03/2030 inclòs, queden 13 dies.', [('due', '2030-03-20', '2030-04-02')]),
        ('Classes dimarts i dijous a les 19 h.\n18/02 NS: en pausa del 18/02/30 al 04/03/30, queden 2 setmanes.', [('overdue', '2030-03-05', '2030-03-19')]),
        ('Bo de 20 classes suspès des del 06/03/2030 durant un mes, queden 10 classes, vàlid fins al 30/06/2030.', [('upcoming', '2030-04-06', '2030-07-31')]),
        ('Pausa prevista del 23/04 al 06/05 (viatge), queden 19 dies.', [('upcoming', '2030-05-07', '2030-05-26')]),
        ('Clienta en pausa per lesió, li queden 11 dies, no va deixar data.', [('open', '2030-03-18', '2030-03-29')]),
        ('Pausa del 9 al 24 de gener de 2030, queda 1 mes.', [('overdue', '2030-01-25', '2030-02-25')]),
        ('Congelat des de dimecres 13 de març de 2030, torna dilluns 25 de març, queden 9 dies.', [('due', '2030-03-25', '2030-04-03')]),
        ("Abonament mensual en pausa de l'01/03 al 21/03/2030, queden 8 dies; bo de 5 classes també en pausa el mateix període, queden 3 classes, vàlid fins al 10/04/2030.", [('due', '2030-03-22', '2030-03-30'), ('due', '2030-03-22', '2030-05-01')]),
        ('Aniversari 08/06. En pausa des del 26/11/2029, encara sense data de tornada, queden 24 dies.', [('open', '2030-03-18', '2030-04-11')]),
        ("Pausa de l'11 al 24 de febrer de 2030, queden vint-i-dos dies.", [('overdue', '2030-02-25', '2030-03-19')]),
        ('Suspesa del 26/02/2030 al 15/03/2030 (certificat mèdic del 25/02/2030), queden 4 setmanes.', [('overdue', '2030-03-16', '2030-04-13')]),
        ("Pausa de 2 setmanes a partir del 13/03/2030, queden 30 dies de l'abonament mensual.", [('upcoming', '2030-03-27', '2030-04-26')]),
        ('Abonament congelat del 2030-02-07 al 2030-03-07, li queden 1 mes i 4 dies.', [('overdue', '2030-03-08', '2030-04-12')]),
        ('Pausa des del 10/02/2030 aproximadament, queden uns 12 dies', [('review', '', '')]),  # approximation: 'aproximadament', 'uns 12 dies'
        ('Pausa del 02/03/2030 al 16/03/2030, 10 dies gastats', [('review', '', '')]),  # consumption: '10 dies gastats' is not the time left
        ('Bo de 10 classes en pausa del 04/03/2030 al 18/03/2030, queden 5 classes', [('review', '', '')]),  # class pack with classes but no validity/remaining time
        ('Pausa del 31/02/2030 al 14/03/2030, queden 10 dies', [('review', '', '')]),  # impossible date 31/02
        ('Pausa del 21/04 al 05/05, queden 14 dies', [('review', '', '')]),  # yearless range: last April or the coming one, no planning word
        ('Pausa del 07/01/2030 al 20/01/2030, queden 9 dies. Reactivat el 21/01/2030.', [('closed', '', '')]),
        ("Congelada de l'01/12/2029 al 30/12/2029, reactivada el 31/12/2029. 14/03 JR: nova pausa des del 14/03/2030 fins al 24/03/2030, queden 17 dies.", [('closed', '', ''), ('due', '2030-03-25', '2030-04-11')]),
        ("Pausa per dinar de 14 a 15 h, no reservar classes particulars. Ha pagat amb targeta l'01/03/2030.", []),
        ('Prefereix classes al matí. Aniversari 15/09. Deu 20 € de la matrícula.', []),
    ],
}
