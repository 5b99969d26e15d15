"""Twenty-third blind set of pause notes (211, seven languages), written from the domain
reference without sight of the parser and scored once, on the code after the second red
team's fixes: recall 0.99, 2 to review, 0 missed, 0 wrong (fr 1.00, de 1.00, en 0.95, es
1.00, it 0.95, nl 1.00, ca 1.00). After the fixes it prompted ("paid in full", a return's
date ending its sentence with a full stop): recall 1.00."""
AS_OF = "2031-05-19"

NOTES = {
    'fr': [
        ('Pass mensuel en pause à partir du 3 mai 2031 — il lui reste 13 jours', [('open', '2031-05-19', '2031-06-01')]),
        ("14/04 CL : carnet 10 cours mis en pause du 14/04 au 27/04 (entorse), il reste 4 séances, valable jusqu'au 30/05/2031", [('overdue', '2031-04-28', '2031-06-13')]),
        ("Suspendu du 02/05/2031 au 18/05/2031 – voyage au Portugal. Reste 3 semaines d'abonement.", [('due', '2031-05-19', '2031-06-09')]),
        ("Gel de l'abonnement annuel pour 2 mois dès le 1er avril 2031 (grossesse) - reste 5 mois et 10 jours", [('upcoming', '2031-06-01', '2031-11-11')]),
        ('Retour prévu le 22/05. Pause depuis le 28 avril, il restait 9 jours sur sa carte mensuelle.', [('due', '2031-05-22', '2031-05-31')]),
        ('Pause du 10 au 24 mars 2031, reste 2 sem. — paiement reçu le 05/03 en espèces', [('overdue', '2031-03-25', '2031-04-08')]),
        ("En pause depuis le 01/03/2031 jusqu'au 31/03, prolongée jusqu'au 30/04/2031 (certificat médical reçu le 28/03). Reste 18 jours.", [('overdue', '2031-05-01', '2031-05-19')]),
        ("Mise en pause le 6 mai 2031 pour trois semaines (stage à Namur), il lui reste septante jours sur l'abonnement trimestriel", [('upcoming', '2031-05-27', '2031-08-05')]),
        ("Pass mensuel : pause du 05/05 au 11/05, reste 12 jours. Carnet 5 cours : pause du 05/05 au 25/05, 3 séances restantes, valable jusqu'au 15/06/2031.", [('overdue', '2031-05-12', '2031-05-24'), ('due', '2031-05-26', '2031-07-06')]),
        ('Pause du lun. 12 mai au dim. 25 mai inclus, reprise le lundi 26/05 ; il reste 8 jours.', [('due', '2031-05-26', '2031-06-03')]),
        ('Cliente enceinte, abonnement illimité suspendu à compter du 15/01/2031, il reste 1 mois. Retour après congé maternité (date inconnue).', [('open', '2031-05-19', '2031-06-19')]),
        ('18/12/30 AL : pause du 20/12/2030 au 06/01/2031 (vacances), reste 15 j.', [('overdue', '2031-01-07', '2031-01-22')]),
        ('Abo suspendu 3 semaines à partir du 29 avril 2031, il lui restait 24 jours', [('due', '2031-05-20', '2031-06-13')]),
        ('Revient le 2 juin. Gelé depuis le 12 mai 2031 (opération du genou). 11 jours restants.', [('upcoming', '2031-06-02', '2031-06-13')]),
        ('Pause à partir du 1er juin 2031, il reste 20 jours (déménagement, ne sait pas quand elle revient)', [('upcoming', '', '')]),
        ("Carnet 20 séances suspendu du 7 au 20 avril 2031, il reste 6 séances, carnet valable jusqu'au 31/07/2031", [('overdue', '2031-04-21', '2031-08-14')]),
        ("12/05 MJ : pause à partir d'aujourd'hui, il reste 16 jours sur le pass", [('open', '2031-05-19', '2031-06-04')]),
        ('Pause pass mensuel du 3/3 au 16/3/31, il reste deux semaines', [('overdue', '2031-03-17', '2031-03-31')]),
        ('Pause 28.04-11.05.2031 ; reste 10 j. sur le pass 1 mois', [('overdue', '2031-05-12', '2031-05-22')]),
        ("En pause du 19 mai au 8 juin 2031, il reste 1 mois et 3 jours (blessure à l'épaule)", [('upcoming', '2031-06-09', '2031-07-12')]),
        ("Pass trimestriel valable jusqu'au 30/06/2031, mis en pause le 2 mai, reprise le 23 mai", [('due', '2031-05-23', '2031-07-21')]),
        ('Pause depuis le 5 mai, il reste environ 10 jours', [('review', '', '')]),  # approximation: 'environ 10 jours'
        ('Pass suspendu du 01/05 au 15/05 ? à vérifier avec la cliente, reste 12 jours', [('review', '', '')]),  # doubt: '?' and 'à vérifier'
        ('Carnet 10 cours en pause depuis le 20/04/2031, reste 5 séances', [('review', '', '')]),  # class pack without validity date: cannot compute new validity
        ('Pause du 31/04/2031 au 14/05/2031, reste 9 jours', [('review', '', '')]),  # impossible date: 31 April
        ('Pause du 1er au 20 avril 2031, 13 jours utilisés sur le pass mensuel', [('review', '', '')]),  # consumption: '13 jours utilisés' is time used, not time left
        ('Pause du 3 au 17 juillet, reste 12 jours', [('review', '', '')]),  # ambiguous year: July 2030 (>6 months back) or coming July 2031
        ('Pause du 3 au 17 février 2031, reste 10 jours. Réactivé le 18/02/2031 (SB).', [('closed', '', '')]),
        ('Pause du 01/12/2030 au 05/01/2031 — réactivée le 06/01/2031. Nouvelle pause dès le 02/05/2031, il reste 3 semaines.', [('closed', '', ''), ('open', '2031-05-19', '2031-06-09')]),
        ('Paie par virement le 5 de chaque mois. Pause déjeuner entre 12h et 13h30 : ne pas lui proposer de cours privés à midi.', []),
        ('Anniversaire le 12/06 — préfère les cours du mardi 18h30. Allergique aux huiles essentielles.', []),
    ],
    'de': [
        ('Pause ab 17. April 2031, noch 13 Tage auf der Monatskarte', [('open', '2031-05-19', '2031-06-01')]),
        ('Abo pausiert vom 1.5. bis 14.5.2031 (Ferien Mallorca), Restlaufzeit 2 Wochen', [('overdue', '2031-05-15', '2031-05-29')]),
        ('Abo unterbrochen vom 05.05.31 bis 25.05.31 wegen WK (Militärdienst), Restguthaben 19 Tage', [('due', '2031-05-26', '2031-06-14')]),
        ('Ruhezeit 10. Jänner – 7. Feber 2031, noch 3 Wochen gültig', [('overdue', '2031-02-08', '2031-03-01')]),
        ('10er-Block eingefroren seit 03.03.2031, Wiedereinstieg am 24.03., noch 4 Einheiten, gültig bis 30.06.2031', [('overdue', '2031-03-24', '2031-07-21')]),
        ('Pause für 4 Wochen ab Mo. 5. Mai 2031 (Bandscheibe), Rest: 22 Tage', [('upcoming', '2031-06-02', '2031-06-24')]),
        ('Pausiert vom 10.04. bis 30.04.2031, verlängert bis 20.05.2031 (Arztzeugnis vom 28.04.). Noch 17 Tage.', [('due', '2031-05-21', '2031-06-07')]),
        ('05.05. RB: ab heute pausiert (Knie-OP), noch 11 Tage', [('open', '2031-05-19', '2031-05-30')]),
        ('Abo pausiert (Kunde meldet sich wieder), noch neun Tage übrig', [('open', '2031-05-19', '2031-05-28')]),
        ('Monatsabo: Unterbrechung 20.12.–10.01.2031, Rest 12 Tage. Zahlung am 15.01. erhalten.', [('overdue', '2031-01-11', '2031-01-23')]),
        ('Pause vom 12.05. bis 1.6., Rückkehr am Mo 2.6., noch 1 Monat', [('upcoming', '2031-06-02', '2031-07-02')]),
        ('Jahresabo eingefroren für drei Monate ab 01.02.2031 (Auslandsaufenthalt), Restlaufzeit 4 Monate', [('overdue', '2031-05-01', '2031-09-01')]),
        ('Monatskarte: Pause 07.04.–27.04.2031, noch 8 Tage. 5er-Karte: pausiert ab 07.04.2031, Wiedereinstieg 12.05., noch 2 Eintritte, gültig bis 07.06.2031.', [('overdue', '2031-04-28', '2031-05-06'), ('overdue', '2031-05-12', '2031-07-12')]),
        ('Geplante Pause 2.6.–15.6.2031 (Hochzeitsreise), noch 20 Tage Restlaufzeit', [('upcoming', '2031-06-16', '2031-07-06')]),
        ('Ab 10. Juni 2031 pausiert (Umzug nach Graz), Restlaufzeit 25 Tage, Rückkehr offen', [('upcoming', '', '')]),
        ('Pause vom 14.04.2031 bis und mit 4.05.2031 - Rest 3 Wochen, Rechnung bezahlt am 2.4.', [('overdue', '2031-05-05', '2031-05-26')]),
        ('Unterbrechung wegen Schwangerschaft seit 1. März 2031, noch 2 Monate Restlaufzeit', [('open', '2031-05-19', '2031-07-19')]),
        ('Pause 28.4.31–18.5.31, noch 30 Tage', [('due', '2031-05-19', '2031-06-18')]),
        ('Abo gültig bis 31.05.2031, pausiert ab 12.05.2031 bis 25.05.2031 (Grippe)', [('due', '2031-05-26', '2031-06-14')]),
        ('Wiedereinstieg am Mittwoch, 21. Mai 2031. Pause seit 30.4.2031 wegen Verletztung, noch 12 Tage.', [('due', '2031-05-21', '2031-06-02')]),
        ('Pause ab 5.5.2031 ca. 2 Wochen, noch 10 Tage', [('review', '', '')]),  # approximation: 'ca. 2 Wochen'
        ('pausiert seit 12.04., noch anderthalb Wochen', [('review', '', '')]),  # fraction: 'anderthalb Wochen'
        ('Pause 7.7.–20.7., noch 9 Tage', [('review', '', '')]),  # ambiguous year: July 2030 (>6 months back) or coming July 2031
        ('Unterbrechung vom 15.04.2031 bis 3.5.2031, 13 Tage verbraucht – bitte prüfen', [('review', '', '')]),  # consumption '13 Tage verbraucht' and doubt 'bitte prüfen'
        ('10er-Abo eingefroren vom 1.4. bis 21.4.2031, noch 6 Einheiten', [('review', '', '')]),  # class pack without validity date
        ('Pause 30.02.2031 bis 15.03.2031, Rest 10 Tage', [('review', '', '')]),  # impossible date: 30 February
        ('Pause vom 03.02. bis 17.02.2031, noch 10 Tage – reaktiviert am 18.02.2031 (MK)', [('closed', '', '')]),
        ('Ruhezeit 1.–21.3.2031, reaktiviert am 22.03.2031. Neue Pause ab 12.5.2031 bis 1.6.2031, noch 14 Tage.', [('closed', '', ''), ('upcoming', '2031-06-02', '2031-06-16')]),
        ('Kommt in der Mittagspause zum 12:15-Kurs, am liebsten dienstags. Zahlt bar.', []),
        ('Geburtstag 03.09. – Gutschein geschenkt. Zahlung 50 CHF am 12.05.2031 erhalten.', []),
    ],
    'en': [
        ('Monthly pass paused starting 2 May 2031 - 13 days remaining', [('open', '2031-05-19', '2031-06-01')]),
        ('On hold 14/04/2031 - 27/04/2031 (sprained ankle). 9 days left.', [('overdue', '2031-04-28', '2031-05-07')]),
        ('Frozen for 3 weeks from April 28th, 2031 — 2 weeks left on unlimited', [('due', '2031-05-19', '2031-06-02')]),
        ('Membership paused May 5 2031, back on May 21. 20 days remaining', [('due', '2031-05-21', '2031-06-10')]),
        ('10-class pack on hold from 1 April 2031 until 20 April 2031, 6 classes left, valid until 30 June 2031', [('overdue', '2031-04-21', '2031-07-20')]),
        ('Paused 12th May to 8th June 2031 (surgery). Remaining: 1 month', [('upcoming', '2031-06-09', '2031-07-09')]),
        ('CL 02/05: freeze starting today, eleven days left on the monthly', [('open', '2031-05-19', '2031-05-30')]),
        ('Suspended until 15 May 2031, paused since 28 April; 16 days remaining on 1-month pass', [('overdue', '2031-05-16', '2031-06-01')]),
        ('Client paused - 3 weeks left on pass, no date given', [('open', '2031-05-19', '2031-06-09')]),
        ('On hold 20/12/2030-05/01/2031 (Christmas in Ireland), 18 days left', [('overdue', '2031-01-06', '2031-01-24')]),
        ("Paused from 1 March 2031 to 31 March 2031, extended to 27 April 2031 (doctor's note). 10 days left.", [('overdue', '2031-04-28', '2031-05-08')]),
        ('Monthly pass on hold from 5 May 2031, back on 26 May, 12 days left. 5-class pack also frozen 5 May - 25 May 2031, 2 classes left, valid until 5 July 2031.', [('due', '2031-05-26', '2031-06-07'), ('due', '2031-05-26', '2031-07-26')]),
        ('Pause for two months from 15 Feb 2031 (travelling in Asia), 4 weeks left', [('overdue', '2031-04-15', '2031-05-13')]),
        ('Planned hold 9-22 June (wedding + honeymoon). 25 days remaining.', [('upcoming', '2031-06-23', '2031-07-18')]),
        ('Pausing from 3 June 2031, 2 wks left; return date unknown', [('upcoming', '', '')]),
        ('Hold: 2031-04-07 to 2031-04-20, remaining 15 days, paid in full 2031-03-30', [('overdue', '2031-04-21', '2031-05-06')]),
        ('Paused since Thursday 1 May 2031 — returns Thursday 22 May. 1 month left.', [('due', '2031-05-22', '2031-06-22')]),
        ('Unlimited membership valid until 15 June 2031, frozen 10 May - 24 May 2031', [('due', '2031-05-25', '2031-06-30')]),
        ('JW 28/02: paused 3/3/31 - 30/3/31 for broken wrist, 10 days left', [('overdue', '2031-03-31', '2031-04-10')]),
        ('Membership on hold indefinitely from 14 April 2031 (pregnancy), 45 days left', [('open', '2031-05-19', '2031-07-03')]),
        ('On hold from 06/17/2031 to 06/30/2031, 10 days left', [('review', '', '')]),  # impossible day-first date: 06/17/2031 (month 17)
        ('Paused for about 2 weeks from May 5 2031, 10 days left', [('review', '', '')]),  # approximation: 'about 2 weeks'
        ('Class pack frozen since 10 April 2031, 4 classes left', [('review', '', '')]),  # class pack without validity date
        ('On hold from next week until end of month, 12 days left', [('review', '', '')]),  # relative time 'next week' with no writing date; no real dates
        ('Paused 1 Apr-21 Apr 2031, 14 days remaining, pass valid until 30 Apr 2031', [('review', '', '')]),  # contradiction: valid until 30 Apr gives 29 days, note says 14
        ('Paused 8 July - 22 July, 12 days left', [('review', '', '')]),  # ambiguous year: July 2030 (>6 months back) or coming July 2031
        ('Frozen 3 Feb-16 Feb 2031, 10 days left. Reactivated 2031-02-17 JW', [('closed', '', '')]),
        ('On hold 1-21 March 2031 - reactivated 22/03/2031. New pause from 28 April 2031 to 18 May 2031, 9 days remaining.', [('closed', '', ''), ('due', '2031-05-19', '2031-05-28')]),
        ('Comes to the lunch break class at 12:30 on Wednesdays. Card declined on 3 May, paid cash on 5 May.', []),
        ('Birthday 14 June. Prefers a mat near the window; old back injury (2029) - check before inversions.', []),
    ],
    'es': [
        ('Pausa desde el 6 de mayo de 2031; quedan 17 días del pase mensual', [('open', '2031-05-19', '2031-06-05')]),
        ('Membresía congelada del 24/03/2031 al 06/04/2031 (esguince de tobillo), quedan 11 días', [('overdue', '2031-04-07', '2031-04-18')]),
        ('Pausado por dos semanas a partir del 8 de mayo de 2031. Le quedan 3 semanas.', [('due', '2031-05-22', '2031-06-12')]),
        ('Plan suspendido desde el 25 de abril 2031, regresa el 26 de mayo. Le quedan veinte días.', [('due', '2031-05-26', '2031-06-15')]),
        ('Bono de 10 clases en pausa del 3 al 23 de marzo de 2031, quedan 7 clases, válido hasta el 31/05/2031', [('overdue', '2031-03-24', '2031-06-21')]),
        ('Pausa del 15 de mayo al 4 de junio de 2031 por cirugía; le resta 1 mes y 5 días', [('upcoming', '2031-06-05', '2031-07-10')]),
        ('02/05 MR: congelada a partir de hoy, le quedan once días', [('open', '2031-05-19', '2031-05-30')]),
        ('Pausa hasta el 13 de mayo de 2031 (desde el 29/04). Quedan 16 días del abono mensual', [('overdue', '2031-05-14', '2031-05-30')]),
        ('Clienta pausada, le quedan tres semanas de membresía (ella avisa cuando regrese)', [('open', '2031-05-19', '2031-06-09')]),
        ('Pausa 22/12/2030-08/01/2031 vacaciones de Navidad en México, quedan 18 días', [('overdue', '2031-01-09', '2031-01-27')]),
        ('Pausa desde el 10 de marzo de 2031 hasta el 31 de marzo, prorrogada hasta el 20 de abril de 2031 (certificado médico). Quedan 12 días.', [('overdue', '2031-04-21', '2031-05-03')]),
        ('Pase mensual: pausa del 5 al 25 de mayo de 2031, quedan 12 días. Bono 5 clases: pausado del 5/05 al 1/06/2031, quedan 2 clases, válido hasta el 20/06/2031.', [('due', '2031-05-26', '2031-06-07'), ('upcoming', '2031-06-02', '2031-07-18')]),
        ('Congelado durante 2 meses desde el 20 de enero de 2031 (viaje a Colombia), le quedan 4 semanas', [('overdue', '2031-03-20', '2031-04-17')]),
        ('Pausa prevista del 16 al 29 de junio de 2031 (boda). Quedan 25 días.', [('upcoming', '2031-06-30', '2031-07-25')]),
        ('Pausa a partir del 3 de junio de 2031, quedan 15 días; no sabe cuándo vuelve', [('upcoming', '', '')]),
        ('Suspendida 07/04/2031 – 20/04/2031, quedan 15 días. Pagó la mensualidad el 30/03/2031 con tarjeta.', [('overdue', '2031-04-21', '2031-05-06')]),
        ('Pausa desde el martes 6 de mayo de 2031, vuelve el martes 20 de mayo; le queda 1 mes.', [('due', '2031-05-20', '2031-06-20')]),
        ('Membresía ilimitada válida hasta el 12/06/2031, congelada del 2 al 16 de mayo de 2031', [('overdue', '2031-05-17', '2031-06-27')]),
        ('Pausa 10/3/31 - 6/4/31 por fractura de muñeca, quedan diez días', [('overdue', '2031-04-07', '2031-04-17')]),
        ('Membresía en pausa desde el 14 de abril de 2031 (embarazo), le quedan 45 días, sin fecha de regreso', [('open', '2031-05-19', '2031-07-03')]),
        ('Pausa desde el 5 de mayo, quedan unos 10 días', [('review', '', '')]),  # approximation: 'unos 10 días'
        ('Bono 10 clases congelado desde el 12/04/2031, quedan 4 clases', [('review', '', '')]),  # class pack without validity date
        ('Pausa del 15/04/2031 al 3/05/2031, 13 días usados del pase', [('review', '', '')]),  # consumption: '13 días usados' is time used, not time left
        ('Pausa del 10/05/2031 hasta la próxima semana, quedan 12 días', [('review', '', '')]),  # relative time 'la próxima semana' with no writing date
        ('Pausa del 8 de julio al 22 de julio, quedan 12 días', [('review', '', '')]),  # ambiguous year: July 2030 (>6 months back) or coming July 2031
        ('Pausada del 02/05/2031 al 16/05/2031?? quedan 9 días — checar con la clienta', [('review', '', '')]),  # doubt: '??' and 'checar con la clienta'
        ('Pausa del 3 al 16 de febrero de 2031, quedan 10 días. Reactivado el 17/02/2031 (AG).', [('closed', '', '')]),
        ('Pausa 1–21 marzo 2031, reactivada el 22/03/2031. Nueva pausa desde el 28 de abril de 2031 hasta el 18 de mayo de 2031, quedan 9 días.', [('closed', '', ''), ('due', '2031-05-19', '2031-05-28')]),
        ('Trabaja por turnos; su pausa para comer es de 14 a 15 h, por eso viene a la clase de 14:15. Pagó en efectivo el 05/05/2031.', []),
        ('Cumpleaños 23/06. Renovó la membresía el 01/05/2031 por transferencia.', []),
    ],
    'it': [
        ("Pausa dal 5 maggio 2031, restano 13 giorni sull'abbonamento mensile", [('open', '2031-05-19', '2031-06-01')]),
        ('Abbonamento sospeso dal 7/04/2031 al 27/04/2031 (distorsione alla caviglia), restano 9 giorni', [('overdue', '2031-04-28', '2031-05-07')]),
        ('In pausa per 3 settimane dal 29 aprile 2031, restano due settimane', [('due', '2031-05-20', '2031-06-03')]),
        ('Congelato dal 6 maggio 2031, rientro il 21 maggio. Gli restano 18 giorni.', [('due', '2031-05-21', '2031-06-08')]),
        ('Carnet da 10 in pausa dal 17 al 30 marzo 2031, restano 5 ingressi, valido fino al 31/05/2031', [('overdue', '2031-03-31', '2031-06-14')]),
        ('Pausa dal 12 maggio al 1° giugno 2031 (intervento), resta 1 mese', [('upcoming', '2031-06-02', '2031-07-02')]),
        ('03/05 GP: sospeso da oggi, restano dodici giorni', [('open', '2031-05-19', '2031-05-31')]),
        ('Sospensione fino al 14 maggio 2031 (dal 24/04). Restano 16 giorni del mensile', [('overdue', '2031-05-15', '2031-05-31')]),
        ('Cliente in pausa, le restano tre settimane, non ha dato date', [('open', '2031-05-19', '2031-06-09')]),
        ('Pausa 23/12/2030-07/01/2031 (ferie di Natale a Napoli), restano 20 giorni', [('overdue', '2031-01-08', '2031-01-28')]),
        ('Pausa dal 1° marzo 2031 al 31 marzo, prorogata al 25 aprile 2031 (certificato medico). Restano 14 giorni.', [('overdue', '2031-04-26', '2031-05-10')]),
        ('Mensile: pausa dal 5 al 18 maggio 2031, restano 11 giorni. Carnet 5 lezioni: sospeso dal 5/05 al 25/05/2031, restano 3 lezioni, valido fino al 30/06/2031.', [('due', '2031-05-19', '2031-05-30'), ('due', '2031-05-26', '2031-07-21')]),
        ('Congelato per 2 mesi dal 10 febbraio 2031 (Erasmus a Lisbona), restano 4 settimane', [('overdue', '2031-04-10', '2031-05-08')]),
        ('Pausa prevista dal 9 al 22 giugno 2031 (matrimonio). Restano 25 giorni.', [('upcoming', '2031-06-23', '2031-07-18')]),
        ('In pausa dal 2 giugno, restano 20 giorni, rientro da definire', [('upcoming', '', '')]),
        ('Sospeso 14/04/2031 – 27/04/2031, restano 15 gg. Pagamento ricevuto il 02/04/2031 (bonifico).', [('overdue', '2031-04-28', '2031-05-13')]),
        ('In pausa da venerdì 2 maggio 2031, torna venerdì 23 maggio; resta un mese.', [('due', '2031-05-23', '2031-06-23')]),
        ('Abbonamento open valido fino al 20/06/2031, sospeso dal 9 al 22 maggio 2031', [('due', '2031-05-23', '2031-07-04')]),
        ('Pausa 3/3/31-23/3/31 per frattura al polso, restano 10 giorni', [('overdue', '2031-03-24', '2031-04-03')]),
        ('Abbonamento in pausa da lunedì 14 aprile 2031 (gravidanza), le restano 45 giorni', [('open', '2031-05-19', '2031-07-03')]),
        ('Pausa dal 5 maggio per circa 2 settimane, restano 10 giorni', [('review', '', '')]),  # approximation: 'circa 2 settimane'
        ('Carnet 10 ingressi congelato dal 10/04/2031, restano 4 ingressi', [('review', '', '')]),  # class pack without validity date
        ('Pausa dal 1 al 20 aprile 2031, 12 giorni utilizzati', [('review', '', '')]),  # consumption: '12 giorni utilizzati' is time used, not time left
        ('Sospeso dal 15/04/2031 al 3/05/2031, restano 14 giorni, da verificare', [('review', '', '')]),  # doubt: 'da verificare'
        ('Pausa dal 31/06/2031 al 14/07/2031, restano 9 giorni', [('review', '', '')]),  # impossible date: 31 June
        ('Pausa 10/07-24/07, restano 12 giorni', [('review', '', '')]),  # ambiguous year: July 2030 (>6 months back) or coming July 2031
        ('Pausa dal 3 al 16 febbraio 2031, restano 10 giorni — riattivato il 17/02/2031 (FB)', [('closed', '', '')]),
        ('Pausa 1-21 marzo 2031, riattivata il 22/03/2031. Nuova pausa dal 30 aprile 2031 al 18 maggio 2031, restano 9 giorni.', [('closed', '', ''), ('due', '2031-05-19', '2031-05-28')]),
        ('Pausa pranzo dalle 13 alle 14: preferisce la lezione delle 13:15. Pagato il 10/05/2031.', []),
        ('Compleanno 30/07. Certificato medico valido fino al 12/01/2032.', []),
    ],
    'nl': [
        ('Pauze vanaf 8 mei 2031, nog 10 dagen op het maandabonnement', [('open', '2031-05-19', '2031-05-29')]),
        ('Abonnement gepauzeerd van 31/03/2031 t/m 13/04/2031 (enkelblessure), nog 9 dagen', [('overdue', '2031-04-14', '2031-04-23')]),
        ('Bevroren voor 3 weken vanaf 1 mei 2031, nog twee weken over', [('due', '2031-05-22', '2031-06-05')]),
        ('Opgeschort sinds 6 mei 2031, terug op 24 mei. Nog 18 dagen.', [('due', '2031-05-24', '2031-06-11')]),
        ('10-beurtenkaart gepauzeerd van 1 tot en met 14 april 2031, nog 5 beurten, geldig tot 15/06/2031', [('overdue', '2031-04-15', '2031-06-29')]),
        ('Pauze van 14 mei t/m 3 juni 2031 (operatie), nog 1 maand', [('upcoming', '2031-06-04', '2031-07-04')]),
        ('07/05 KV: vanaf vandaag gepauzeerd, nog twaalf dagen', [('open', '2031-05-19', '2031-05-31')]),
        ('Pauze tot 11 mei 2031 (sinds 22/04). Nog 16 dagen op de maandkaart', [('overdue', '2031-05-12', '2031-05-28')]),
        ('Klant gepauzeerd, nog drie weken over, geen datum doorgegeven', [('open', '2031-05-19', '2031-06-09')]),
        ('Pauze 27/12/2030-09/01/2031 (kerstvakantie), nog 20 dagen', [('overdue', '2031-01-10', '2031-01-30')]),
        ('Pauze van 3 maart 2031 tot 31 maart, verlengd tot 27 april 2031 (doktersattest). Nog 14 dagen.', [('overdue', '2031-04-28', '2031-05-12')]),
        ('Maandkaart: pauze van 6 t/m 19 mei 2031, nog 11 dagen. 5-rittenkaart: ook bevroren van 6/05 t/m 27/05/2031, nog 3 beurten, geldig tot 30/06/2031.', [('due', '2031-05-20', '2031-05-31'), ('upcoming', '2031-05-28', '2031-07-22')]),
        ('Bevroren voor 2 maanden vanaf 17 februari 2031 (Erasmus in Gent), nog 4 weken', [('overdue', '2031-04-17', '2031-05-15')]),
        ('Pauze gepland van 16 tot en met 29 juni 2031 (huwelijk). Nog 25 dagen.', [('upcoming', '2031-06-30', '2031-07-25')]),
        ('Pauze vanaf 4 juni 2031, nog 20 dagen, terugkeer nog niet gekend', [('upcoming', '', '')]),
        ('Opgeschort 7/04/2031 – 20/04/2031, nog 15 dagen. Betaling ontvangen op 02/04/2031 (overschrijving).', [('overdue', '2031-04-21', '2031-05-06')]),
        ('Terug op woensdag 21 mei. Gepauzeerd sinds woensdag 30 april 2031, nog 1 maand.', [('due', '2031-05-21', '2031-06-21')]),
        ('Onbeperkt abonnement geldig tot 15/06/2031, gepauzeerd van 5 t/m 18 mei 2031', [('due', '2031-05-19', '2031-06-29')]),
        ('Pauze 10/3/31-30/3/31 wegens polsbreuk, nog 10 dagen', [('overdue', '2031-03-31', '2031-04-10')]),
        ('Abonnement in pauze vanaf maandag 7 april 2031 (zwangerschap), nog 45 dagen', [('open', '2031-05-19', '2031-07-03')]),
        ('Pauze vanaf 5 mei, ongeveer 10 dagen over', [('review', '', '')]),  # approximation: 'ongeveer 10 dagen'
        ('10-rittenkaart bevroren sinds 12/04/2031, nog 4 ritjes', [('review', '', '')]),  # class pack without validity date
        ('Gepauzeerd van 15/04/2031 t/m 3/05/2031, 13 dagen opgebruikt', [('review', '', '')]),  # consumption: '13 dagen opgebruikt' is time used, not time left
        ('Pauze van 14/05/2031 t/m 28/05/2031, nog 10 dagen, geldig tot 30/05/2031', [('review', '', '')]),  # contradiction: geldig tot 30/05 gives 16 days, note says 10
        ('Pauze 10/07-24/07, nog 12 dagen', [('review', '', '')]),  # ambiguous year: July 2030 (>6 months back) or coming July 2031
        ('Pauze van 1 mei 2031 tot 15 mei?, nog 9 dagen - navragen bij klant', [('review', '', '')]),  # doubt: '?' and 'navragen bij klant'
        ('Pauze 3 t/m 16 februari 2031, nog 10 dagen – gereactiveerd op 17/02/2031 (LD)', [('closed', '', '')]),
        ('Pauze 1-21 maart 2031, gereactiveerd op 22/03/2031. Nieuwe pauze vanaf 28 april 2031 t/m 18 mei 2031, nog 9 dagen.', [('closed', '', ''), ('due', '2031-05-19', '2031-05-28')]),
        ('Middagpauze van 12u tot 13u, komt naar de les van 12u15. Betaald op 08/05/2031.', []),
        ('Verjaardag 17/08. Vraagt factuur op naam van het bedrijf (btw-nummer in notitie).', []),
    ],
    'ca': [
        ("Pausa a partir del 7 de maig de 2031; queden 12 dies de l'abonament mensual", [('open', '2031-05-19', '2031-05-31')]),
        ('Abonament congelat del 24/03/2031 al 06/04/2031 (esquinç), queden 11 dies', [('overdue', '2031-04-07', '2031-04-18')]),
        ("En pausa durant 3 setmanes a partir del 30 d'abril de 2031. Li queden 2 setmanes.", [('due', '2031-05-21', '2031-06-04')]),
        ('Suspès des del 5 de maig de 2031, torna el 25 de maig. Li queden vint dies.', [('due', '2031-05-25', '2031-06-14')]),
        ("Targeta de 10 sessions en pausa de l'1 al 21 d'abril de 2031, queden 6 sessions, vàlida fins al 30/06/2031", [('overdue', '2031-04-22', '2031-07-21')]),
        ("Pausa del 13 de maig a l'1 de juny de 2031 per operació; li queda 1 mes", [('upcoming', '2031-06-02', '2031-07-02')]),
        ("06/05 JP: en pausa a partir d'avui, li queden onze dies", [('open', '2031-05-19', '2031-05-30')]),
        ("Pausa fins al 12 de maig de 2031 (des del 28/04). Queden 15 dies de l'abonament", [('overdue', '2031-05-13', '2031-05-28')]),
        ('Clienta en pausa, li queden tres setmanes (avisarà quan torni)', [('open', '2031-05-19', '2031-06-09')]),
        ('Pausa 21/12/2030-06/01/2031 per vacances de Nadal, queden 19 dies', [('overdue', '2031-01-07', '2031-01-26')]),
        ("Pausa des de l'1 de març de 2031 fins al 31 de març, prorrogada fins al 22 d'abril de 2031 (informe mèdic). Queden 13 dies.", [('overdue', '2031-04-23', '2031-05-06')]),
        ('Abonament mensual: pausa del 2 al 20 de maig de 2031, queden 10 dies. Targeta 5 classes: pausada del 2/05 al 3/06/2031, queden 2 classes, vàlida fins al 25/06/2031.', [('due', '2031-05-21', '2031-05-31'), ('upcoming', '2031-06-04', '2031-07-28')]),
        ('Congelat durant dos mesos des del 3 de febrer de 2031 (viatge a Xile), li queden 4 setmanes', [('overdue', '2031-04-03', '2031-05-01')]),
        ('Pausa prevista del 10 al 24 de juny de 2031 (casament). Queden 22 dies.', [('upcoming', '2031-06-25', '2031-07-17')]),
        ('Pausa a partir del 5 de juny de 2031, queden 18 dies; no sap quan tornarà', [('upcoming', '', '')]),
        ('Suspesa 31/03/2031 – 13/04/2031, queden 14 dies. Ha pagat la quota el 28/03/2031 amb targeta.', [('overdue', '2031-04-14', '2031-04-28')]),
        ('Torna el dijous 22 de maig. Pausa des del dijous 8 de maig de 2031, li queda 1 mes.', [('due', '2031-05-22', '2031-06-22')]),
        ('Abonament il·limitat vàlid fins al 18/06/2031, congelat del 3 al 17 de maig de 2031', [('overdue', '2031-05-18', '2031-07-03')]),
        ('Pausa 17/3/31-6/4/31 per fractura de canell, queden deu dies', [('overdue', '2031-04-07', '2031-04-17')]),
        ('Abonament en pausa des del dilluns 31 de març de 2031 (embaràs), li queden 40 dies', [('open', '2031-05-19', '2031-06-28')]),
        ('Pausa des del 6 de maig, queden uns 10 dies', [('review', '', '')]),  # approximation: 'uns 10 dies'
        ('Targeta 10 classes congelada des del 14/04/2031, queden 4 classes', [('review', '', '')]),  # class pack without validity date
        ('Pausa del 15/04/2031 al 4/05/2031, 13 dies gastats', [('review', '', '')]),  # consumption: '13 dies gastats' is time used, not time left
        ('Pausa del 29/02/2031 al 14/03/2031, queden 10 dies', [('review', '', '')]),  # impossible date: 29 February 2031 (not a leap year)
        ("Pausa de l'11/07 al 25/07, queden 12 dies", [('review', '', '')]),  # ambiguous year: July 2030 (>6 months back) or coming July 2031
        ('Pausa a partir de la setmana que ve, queden 15 dies', [('review', '', '')]),  # relative time 'la setmana que ve' with no writing date
        ('Pausa del 3 al 16 de febrer de 2031, queden 10 dies. Reactivat el 17/02/2031 (MB).', [('closed', '', '')]),
        ("Pausa de l'1 al 21 de març de 2031, reactivada el 22/03/2031. Nova pausa del 29 d'abril al 18 de maig de 2031, queden 9 dies.", [('closed', '', ''), ('due', '2031-05-19', '2031-05-28')]),
        ('Fa la pausa per dinar de 13 a 14 h, ve a la classe de les 13:15. Ha pagat el 02/05/2031.', []),
        ('Aniversari el 9/10. Prefereix pagar en efectiu; rebut del 01/05/2031 lliurat.', []),
    ],
}
