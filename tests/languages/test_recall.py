"""What real front desks write, in their regional language: read, never dropped. As of Monday
24 November 2025; a pause from 3 to 16 November with 12 days left resumes on 17 November and
runs until 29 November."""

from datetime import date

import pytest

from passpause import parse_comment

from .table import AS_OF, case, check

RESUME, UNTIL = "2025-11-17", "2025-11-29"


def read(comment: str, **expected):
    """The usual reading: overdue, resumed 17 November, valid until 29 November."""
    return case(comment, "overdue", resume=expected.pop("resume", RESUME),
                until=expected.pop("until", UNTIL), **expected)


VOCABULARY = [
    read("Klant heeft abonnement laten bevriezen van 03-11 t/m 16-11-2025, nog 12 dagen"),
    read("Pausa: 03-nov-2025 a 16-nov-2025. Le quedan doce días."),
    # a class time before the pause: a day name and an hour, never a vague date
    read("Cours du mardi 18h30. Pass en pause du 03/11 au 16/11/2025, il reste 12 jours"),
    case("Pause du mardi au 12.11.2025, reste 12 jours", "review"),
    read("Viene alle 13:15. Abbonamento in pausa dal 03/11 al 16/11/2025, restano 12 giorni."),
    # a payment's date in a sentence of its own, whatever words stand between
    read("Pause du 03/11 au 16/11/2025, reste 12 jours. Payé par carte le 05/10."),
    read("Pausa del 03/11 al 16/11/2025, quedan 12 días. Pagó con Bizum el 05/10."),
    read("Pausa del 03/11 al 16/11/2025, queden 12 dies. Pagat amb Bizum el 05/10."),
    read("Pause vom 03.11. bis 16.11.2025, noch 12 Tage. Bezahlt per Twint am 05.10."),
    # a payment in a sentence of its own, with its own numbers ("2e échéance", "3. Rate")
    read("Pause du 03/11 au 16/11/2025, reste 12 jours. Paiement 2e échéance reçu le 10/10."),
    read("Pause vom 03.11. bis 16.11.2025, noch 12 Tage. Zahlung 3. Rate am 05.10. erhalten."),
    # a later entry after a dash, with its own writing date and initials
    read("31/10 SB : pause dès le 03/11 jusqu'au 10/11, reste 12 j. — 08/11 MV : prolongée "
         "jusqu'au 16/11/2025."),
    # one number in two words, never the range "10-8"
    read("Pause du 03/11 au 16/11/2025, reste dix-huit jours", until="2025-12-05"),
    read("Paused 3 Nov to 16 Nov 2025, twenty-one days left", until="2025-12-08"),
    case("Pausa dal 03/11 al 16/11/2025 (da ricontrollare), restano 12 giorni", "review"),
    # a date's own dot at the very end: "1.12." is a date, never the number 1.12
    case("Abo eingefroren seit 17.11.2025, noch 12 Tage. Wiedereinstieg am Mo 1.12.", "due",
         resume="2025-12-01", until="2025-12-13"),
    read("Abo Stilllegung vom 03.11. bis 16.11.2025, noch 12 Tage"),
    read("Monatsabo stillgelegt 03.11.–16.11.2025, noch 12 Tage"),
    read("Abo ruhend vom 03.11. bis 16.11.2025, noch 12 Tage"),
    read("Ruhezeit 03.11.–16.11.2025, Restlaufzeit 12 Tage"),
    read("Abo sistiert vom 03.11. bis 16.11.2025, noch 12 Tage"),
    read("Sistierung 03.11.–16.11.2025, noch 12 Tage"),
    read("Unterbruch vom 03.11. bis 16.11.2025, noch 12 Tage"),
    read("Ferienunterbruch 03.11.–16.11.2025, noch 12 Tage"),
    read("Pass on stand-by from 03/11 to 16/11/2025, 12 days left"),
    read("Abonnement en suspens du 03/11 au 16/11/2025, il reste 12 jours"),
    read("Pass mis en stand-by du 03/11 au 16/11/2025, reste 12 jours"),
    read("Congelación del 03/11 al 16/11/2025, quedan 12 días"),
    read("Congelamiento del bono del 03/11 al 16/11/2025, quedan 12 días"),
    read("Pausamos el abono del 03/11 al 16/11/2025, quedan 12 días"),
    read("Abonnement stilgezet van 03-11 t/m 16-11-2025, nog 12 dagen"),
    read("Abonnement on hold gezet van 03-11 t/m 16-11-2025, nog 12 dagen"),
    read("Abo susp. du 03/11 au 16/11/2025, reste 12 jours"),
    read("Abbonamento sosp. dal 03/11 al 16/11/2025, restano 12 giorni"),
    read("Abo paus. 03.11.–16.11.2025, noch 12 Tage"),
    read("Bono susp. del 03/11 al 16/11/2025, quedan 12 días"),
    # one letter wrong in a long pause word: read, and said on the record
    read("Paues ab 03.11.2025 bis 16.11.2025, noch 12 Tage", warnings=("pause_word_slip",)),
    read("Pausse du 03/11 au 16/11/2025, reste 12 jours", warnings=("pause_word_slip",)),
    read("Abo pausirt vom 03.11. bis 16.11.2025, noch 12 Tage",
         warnings=("pause_word_slip",)),
    read("Pauzze van 03-11 t/m 16-11-2025, nog 12 dagen", warnings=("pause_word_slip",)),
    # ... but only when the rest is a well-formed statement
    case("Pausse demandée par la cliente", "review"),
    # another sense of the word, with dates in its clause: a person decides
    case("Abo und Zahlung pausiert ab 03.11.2025, noch 10 Tage", "review",
         problem="other_sense_with_dates"),
    case("Kurze Pause wegen Urlaub 03.11.–16.11.2025", "review",
         problem="other_sense_with_dates"),
    case("Vient pendant sa pause de midi, cours de 12h15 le jeudi. Abonnement payé le 01/03.",
         None),
    # a break of a few minutes is no pause of the pass
    case("Entre clase y clase hay 10 min de pausa.", None),
    case("Fait parfois une pause de 5 min pendant le hot yoga, la laisser faire.", None),
    case("Braucht nach 20 Minuten eine 5 min Pause.", None),
    # one letter wrong in a word naming a value, a unit or a product: read as that word,
    # and said on the record
    read("Pause du 03/11 au 16/11/2025, il reste 12 jours sur l'abonement",
         warnings=("word_slip",)),
    read("Paused 03/11-16/11/2025, 12 days remaning on the pass", warnings=("word_slip",)),
    read("Pausa del 03/11 al 16/11/2025, qeudan 12 días", warnings=("word_slip",)),
    read("Pause 03.11.–16.11.2025, Restlaufziet 12 Tage", warnings=("word_slip",)),
    read("Pauze 03-11 t/m 16-11-2025, 12 dagen resterned", warnings=("word_slip",)),
    # made at the client's request is no request still to be granted
    read("Pause du 03/11 au 16/11/2025 à la demande de la cliente, reste 12 jours"),
    read("Abo auf Anfrage der Kundin pausiert vom 03.11. bis 16.11.2025, noch 12 Tage"),
    read("Bono congelado a petición del cliente del 03/11 al 16/11/2025, quedan 12 días"),
    read("Abbonamento sospeso su richiesta della cliente dal 03/11 al 16/11/2025, "
         "restano 12 giorni"),
    case("La cliente a demandé une pause du 03/11 au 16/11/2025, reste 12 jours", "review"),
]

REGIONAL = [
    case("Pause vom 3. Jänner bis 16. Jänner 2026, noch 12 Tage", "upcoming",
         resume="2026-01-17", until="2026-01-29"),
    read("Abo sistiert vom 03.11. bis und mit 16.11.2025, noch 12 Tage"),
    read("Pause 03.11. bis u. mit 16.11.2025, noch 12 Tage"),
    read("Pause 3.11.25–16.11.25, noch 12 Tage"),
    read("Pause 03/11/2025-16/11/2025, reste 12 jours"),
    read("Pause 3.11-16.11.2025, noch 12 Tage"),
    case("gepauzeerd 20-10 tot 09-11-2025, nog 12 dagen", "overdue", resume="2025-11-10",
         until="2025-11-22"),
    read("Abo pausiert wegen Grippe 03.11.–16.11.2025, noch 12 Tage"),
    read("Pauze van 03-11 tot en met 16-11-2025, nog 12 dagen"),
    read("Pauze van 03-11 t/m 16-11-2025, nog 12 dagen"),
    read("Pausa 03/11/25-16/11/25, quedan 12 días"),
    read("Pausa 3/11-16/11/2025, restano 12 giorni"),
    read("Paused 03/11/2025-16/11/2025, 12 days left"),
    read("Pause 03.11.2025–16.11.2025, noch 12 Tage"),
]

TIME_LEFT = [
    # a form's label, its unit in front of the number
    read("Pausa del 03/11 al 16/11/2025. Días restantes: 12"),
    read("Pause du 03/11 au 16/11/2025, jours restants : 12"),
    read("Paused 03/11-16/11/2025. Remaining days: 12"),
    read("Pauze 03-11 t/m 16-11-2025, resterende dagen: 12"),
    read("Pausa dal 03/11 al 16/11/2025, giorni rimanenti: 12"),
    read("Pause 03.11.–16.11.2025, Tage übrig: 12"),
    read("Pausa del 03/11 al 16/11/2025, dies restants: 12"),
    read("Pausiert 03.11.–16.11.2025, 12 Tage Restlaufzeit"),
    # days or weeks between a product and the pause word: the product's size, or the pause's
    # length? ("Abonnement 3 mois en pause": passes are sold by the month, test_fr.py)
    case("Abonnement 2 weken gepauzeerd vanaf 03/11/2025, nog 12 dagen tegoed", "review",
         problem="size_or_length"),
    case("Pass 10 jours en pause du 03/11 au 16/11/2025, reste 4 jours", "review",
         problem="size_or_length"),
    case("Abo 14 Tage ab 03.11.2025 pausiert, noch 10 Tage", "review",
         problem="size_or_length"),
    # a payment named as the start: no calendar date
    case("Pause à partir du prochain paiement, il reste 10 jours", "review",
         problem="modifier_relative"),
    case("Paused from 03/11/2025 (Anna's pass, not this client), back 01/12, 10 days left",
         "review", problem="modifier_other_person"),
    read("Abonnement 2 weken: gepauzeerd van 03/11 t/m 16/11/2025, nog 12 dagen"),
    # a word after an amount that the data does not know, whatever stands before it
    case("Pausa del 03/11 al 16/11/2025, quedan 10 días del viaje", "review",
         problem="unread_words"),
    case("Pause du 03/11 au 16/11/2025, il reste 12 jours de retard", "review",
         problem="unread_words"),
    case("Paused 03/11 to 16/11/2025, 10 days left on the cruise", "review",
         problem="unread_words"),
    # a keyword right in front wins over one a word away
    case("Ruhezeit ab 1. Dezember 2025, Restlaufzeit noch 2 Monate – Rückkehr offen",
         "upcoming"),
    read("Clienta pausada del 03/11 al 16/11/2025, le quedan 12 días del plan"),
    read("Tessera mensile congelata dal 03/11 al 16/11/2025, restano 12 giorni"),
    read("Gepauzeerd van 03/11/2025 t.e.m. 09/11/2025, verlengd t.e.m. 16/11/2025. Nog 12 dagen."),
    case("Paquete de 10 clases: pausa del 03/11 al 16/11/2025, quedan 4 clases, vigente hasta "
         "el 31/12/2025", "overdue", resume="2025-11-17", until="2026-01-14", classes=4),
    case("Pause du 03/11 au 16/11/2025, jours restants : 12 (à vérifier)", "review"),
    case("Pausa del 03/11 al 16/11/2025. Días restantes: 12 a 15", "review"),
    case("Pause du 03/11 au 16/11/2025, séances restantes : 4", "review"),  # valid until?
    read("Pause du 03/11 au 16/11/2025, il restait 12 jours"),
    read("Pausa del 03/11 al 16/11/2025, quedaban 12 días"),
    read("Pausa dal 03/11 al 16/11/2025, validità residua 12 giorni"),
    read("Pause 03.11.–16.11.2025, Restguthaben 12 Tage"),
    read("Pause 03.11.–16.11.2025, noch 12T"),
    read("Pauze 03-11 t/m 16-11-2025, nog 12 dgn"),
    read("Paused 03/11-16/11/2025, 12 d. left"),
    read("Pause du 03/11 au 16/11/2025, reste 12j"),
    read("Pause du 03/11 au 16/11/2025, reste 2 sem.", until="2025-12-01"),
    read("Pause 03.11.–16.11.2025, noch 3 Wo.", until="2025-12-08"),
    read("Pausa dal 03/11 al 16/11/2025, restano 2 sett.", until="2025-12-01"),
    read("Pause du 03/11 au 16/11/2025, still 12 days"),
    read("Pause du 03/11 au 16/11/2025, il reste 1 mois 10 jours", until="2025-12-27"),
    read("Pause 03.11.–16.11.2025, noch 1 Monat 5 Tage", until="2025-12-22"),
    # the time left is the days from the pause start to the original end (27 days)
    read("Pass en pause du 03/11 au 16/11/2025, valable 30/11/25", until="2025-12-14"),
    read("Abonnement gepauzeerd van 03-11 t/m 16-11-2025, geldig tot 30-11-2025",
         until="2025-12-14"),
]

OPEN_ENDED = [
    # "until further notice": open, or not begun yet
    case("Pause depuis le 03/11/2025 jusqu'à nouvel ordre, il reste 12 jours", "open",
         start="2025-11-03", until="2025-12-06"),
    case("Pause ab 01.12.2025 bis auf weiteres, noch 20 Tage", "upcoming"),
    case("On hold from 03/11/2025 until further notice, 12 days left", "open",
         until="2025-12-06"),
    case("Congelado desde el 03/11/2025 hasta nuevo aviso, quedan 12 días", "open",
         until="2025-12-06"),
    # a return still to be confirmed: no return date, whatever the word for doubt
    case("Freeze from 01/12/2025, 2 weeks left – return date TBC", "upcoming"),
    case("Congelado a partir del 01/12/2025, le quedan 10 días, vuelta sin confirmar",
         "upcoming"),
    case("Abo wird ab 01.12.2025 pausiert (Elternzeit), Ende noch unklar. Noch 2 Monate.",
         "upcoming"),
    case("Pausa dal 01/12/2025, restano 10 giorni, rientro da confermare", "upcoming"),
    # ... with an end as well, it contradicts itself
    case("Pause du 03/11/2025 au 16/11/2025 (jusqu'à nouvel avis), reste 12 jours", "review",
         problem="open_and_end"),
    case("Pauze van 03-11 t/m 16-11-2025 voor onbepaalde tijd, nog 12 dagen", "review",
         problem="open_and_end"),
]

GROWING = [
    read("14/10 CL : pause du 03/11 au 16/11/2025, reste 12 jours"),
    read("07.10. JK: Abo pausiert 03.11.–16.11.2025, noch 12 Tage"),
    read("[AB 02/11] paused 03/11-16/11/2025, 12 days left"),
    read("14/10 MG: pausa del 03/11 al 16/11/2025, quedan 12 días"),
    read("07/10 LB: pausa dal 03/11 al 16/11/2025, restano 12 giorni"),
    read("[SV 02/11] pauze van 03-11 t/m 16-11-2025, nog 12 dagen"),
    read("Ab 3.11. bis 16.11.2025: Abo pausiert, noch 12 Tage"),
    read("ma 13/10 KV: abo gepauzeerd 03/11 t/m 16/11/2025 (griep), resterende looptijd 12 "
         "dagen"),
    read("CH: Abo-Pause vom 03.11. bis und mit 16.11.2025, Restdauer 12 Tage."),
    case("03.11. AK: Pause ab 03.11.2025, Wiedereinstieg geplant am 01.12.; noch zwölf Tage",
         "due", resume="2025-12-01", until="2025-12-13"),
    case("En pause depuis le 03/11/2025, il lui reste 12 jours, revient au studio le lundi "
         "17/11.", "overdue", resume="2025-11-17", until="2025-11-29"),
    read("Suspended 2025-11-03 → 2025-11-16, 12 days remaining on quarterly pass"),
    read("Hold from Nov 3rd to Nov 16th 2025, 12 days left on 1-month pass. £65 payment taken "
         "01/10."),
    case("Strippenkaart 10x (geldig tot 31/12/2025) bevroren van 03/11 t/m 16/11/2025, nog 4 "
         "strippen.", "overdue", resume="2025-11-17", until="2026-01-14", classes=4),
    # one extension after another: was the last granted, is it the product's? A person reads
    case("Abo eingefroren ab 03.11.2025, verlängert bis 09.11., Verlängerung bis 16.11. noch "
         "offen, noch 12 Tage", "review", problem="ambiguous"),
    case("Paused 03/11 to 09/11/2025, extended to 16/11, 12 days left. Membership extended to "
         "26/11.", "review", problem="modifier_settled"),  # the product's new validity
    case("Pause verlängert bis 22.11.; ursprünglich Pause ab 3.11. bis 16.11.2025, noch 12 "
         "Tage", "overdue", end="2025-11-22", resume="2025-11-23", until="2025-12-05"),
]

OTHER_DATES = [
    read("Réglé 120 € le 04/10. Pause du 03/11 au 16/11/2025, reste 12 jours"),
    read("Bezahlt am 01.10. Abo pausiert 03.11.–16.11.2025, noch 12 Tage"),
    read("Cours du jeudi 19h. Pause du 03/11 au 16/11/2025, reste 12 jours"),
    read("Paid £95 on 02/10. Paused 03/11 to 16/11/2025, 12 days left"),
    read("RDV kiné le 05/11. Pause du 03/11 au 16/11/2025, reste 12 jours"),
    read("Pagó 60 € el 02/10. Pausa del 03/11 al 16/11/2025, quedan 12 días"),
    read("Pagato 60 € il 02/10. Pausa dal 03/11 al 16/11/2025, restano 12 giorni"),
    read("Betaald €60 op 02/10. Pauze van 03-11 t/m 16-11-2025, nog 12 dagen"),
    # a price between the payment's word and its date; a clock time after a date
    read("Paid £65 cash 2 Oct. Membership frozen 3 Nov–16 Nov 2025, 12 days left"),
    read("Termin Physio 14.10. 17:00; Abo eingefroren vom 03.11. bis 16.11.2025, noch 12 Tage"),
    read("Corso del giovedì ore 19. Abbonamento congelato dal 03/11 al 16/11/2025, restano 12 "
         "giorni"),
    # an appointment or a payment named by one word, words between it and its date
    read("Quota congelada del 03/11 al 16/11/2025, li queden 12 dies. Té cita amb la fisio "
         "el 20/11."),
    read("Pause 03.11.–16.11.2025, noch 12 Tage. Zahlung 79,- bar am 01.10. erhalten"),
    read("Pause du 03/11 au 16/11/2025, il reste 12 jours. Prochain paiement le 15/12."),
    # ... but a pause's own keyword in front of the event's word: whose date?
    case("Paused from 03/11/2025 until appointment 30/11, 10 days left", "review",
         problem="unclear_date"),
    case("Abo pausiert ab 03.11.2025 bis zur Zahlung 30.11., noch 10 Tage", "review",
         problem="unclear_date"),
    case("Abo pausiert ab 03.11.2025, noch 10 Tage. Zurück erst nach dem Termin am 01.12.",
         "review", problem="unclear_date"),
    read("Abo pausiert ab 03.11.2025 bis 16.11., bezahlt am 01.10., noch 12 Tage"),
    # a date in brackets with no event's name is a correction, never a reason
    case("Paused 03/11 to 16/11/2025 (no, 23/11), 10 days left.", "review",
         problem="unread_number"),
    case("Pause du 03/11 au 16/11/2025 (ou 23/11), reste 10 jours", "review",
         problem="unread_number"),
    read("Pause du 03/11 au 16/11/2025 (opération le 12/11), reste 12 jours"),
    # not granted yet, on a condition, called off, or not back on the date written
    case("Pause du 03/11 au 30/11/2025, pas encore validée, reste 10 jours", "review",
         problem="modifier_requested"),
    case("Pauze van 03/11 t/m 30/11/2025, als de operatie doorgaat, nog 10 dagen", "review",
         problem="modifier_condition"),
    case("Doch keine Pause. Abo pausiert 03.11.–30.11.2025, noch 10 Tage", "review",
         problem="modifier_cancelled"),
    case("Paused from 03/11/2025, not back 17/11, 10 days left", "review",
         problem="modifier_moved"),
    # an earlier end, named as such
    read("Pausa desde el 03/11, prorrogada hasta el 16/11/2025 (antes era hasta el 09/11). "
         "Quedan 12 días."),
    read("Pausa allargada fins al 16/11/2025 (primer era fins al 09/11), des del 03/11. Queden "
         "12 dies."),
]

# a return written around its date, an abbreviation's full stop, Swiss prices, reasons
# after "por" / "per", past-tense pause verbs
AROUND = [
    case("Klant in pauze vanaf 1 november 2025, komt donderdag 20 november terug, nog 9 "
         "dagen", "review"),  # who comes back, and to do what? ("Docent komt 01/12 terug")
    case("Abo pausiert seit 03.11.2025, kommt am 01.12. wieder, noch 12 Tage", "due",
         resume="2025-12-01", until="2025-12-13"),
    read("Pause 03.11.2025 - zurück 17.11. - noch 12 Tage"),
    read("Kundin pausiert wg. Bandscheibe seit 03.11.2025, Wiedereinstieg am Mo, 17. Nov. "
         "Rest: 12 Tage"),
    read("Paiement reçu le 02/10/2025 (CHF 180.–). Pass suspendu dès le 03/11/2025 jusqu'au "
         "16/11/2025 y.c., reste 12 jours."),
    read("MG 01/11: suspendido desde el 03/11/2025 hasta el 16/11/2025 por cirugía, restan 12 "
         "días"),
    case("Se le congeló la membresía el 3/11/2025, quedan 12 días", "open"),
    read("Unterbrechung ab 03.11.2025, Wiedereinstieg 17.11.2025, Restlaufzeit 1 Woche u. 5 "
         "Tage"),
    read("Abonnement gelé du 03/11/2025 au 16/11/2025 à la demande de Madame, reste douze "
         "jours."),
    case("Pausa desde el 3 de noviembre de 2025, quedan 8 días (verificar con la clienta)",
         "review", problem="modifier_doubt"),
    case("In pausa pranzo viene solo alle 13:15. Certificato medico valido fino al 30/09/2026.",
         None),
    case("Suspension depuis le 03/11/2025 - grossesse. Encore 19 jours à rendre, date de retour "
         "inconnue.", "open", until="2025-12-13"),
    case("Eingefroren seit 03.11.2025 (Schwangerschaft), Restlaufzeit 12 Tage. Wiedereinstieg "
         "noch unklar.", "open"),
    read("Pass on hold from 3rd Nov 2025, back 17th Nov, 12 days left. NB card payment "
         "declined 01/11 - chase!"),
    read("Pausa del 3 al 16 de noviembre de 2025, le quedan doce diitas"),
    case("Pase trimestral: pausado el 03/11/2025 por dos semanas. Saldo: 12 días.", "overdue",
         resume="2025-11-17", until="2025-11-29"),
    case("Maandkaart geldig t.e.m. 30/11/2025, pauze vanaf 03/11/2025, terug op 17 november",
         "overdue", resume="2025-11-17", until="2025-12-14"),
    case("Abonament mensual en pausa del 03/11/2025 al 16/11/2025, queden 12 dies; targeta de 5 "
         "sessions també en pausa.", "review", problem="products_share_amount"),
]

# a sentence of its own that says only when something began may be the product's start
STARTED = [
    # a label in front of its own value is not the word after the value before it
    case("Paused from 03/11/2025 for 2 weeks. Remaining: 12 days.", "overdue",
         resume="2025-11-17", until="2025-11-29"),
    case("Paused from 03/11/2025 for 2 weeks. Remaining 12 days.", "overdue",
         resume="2025-11-17", until="2025-11-29"),
    # a month as an entry's label, when the entry writes its own dates
    case("Jänner: Pause, noch 12 Tage", "review", problem="vague_date"),
    # other events' dates, named in each language
    read("Pausa dal 03/11/2025 al 16/11/2025, restano 12 giorni. Certificato medico scade il "
         "30/09/2026."),
    read("Pausa del 03/11/2025 al 16/11/2025, queden 12 dies. Té revisió mèdica el 02/12."),
    read("Pass paused 3 Nov 2025 - 16 Nov 2025, 12 days left (has a PT session on 15/11 at "
         "10am)"),
    read("Plan mensual suspendido 03/11–16/11/2025, quedan 12 días. Ojo: paga en cuotas, "
         "próxima el 05/12."),
    read("Se le pausó el plan mensual del 03/11 al 16/11/2025. Tiene 12 días a favor."),
    read("Pauze van 03/11 t/m 16/11/2025 ivm operatie, nog 12 dagen op de maandkaart."),
    case("Pauze gaat in op 1 december 2025, nog 14 dagen over, terugkomst onbekend.",
         "upcoming"),
    case("Kundin pausiert ab 03.11.2025, Rückkehr noch offen. Noch 5 Wochen auf dem "
         "3-Monats-Abo.", "open"),

    case("Monthly pass valid until 30/11/2025, on hold until 16/11. Started 01/11.", "review",
         problem="unclear_date"),
    # after an extension, a sentence of its own that says when the pause began is its start
    read("Pausa prorrogada hasta el 16/11/2025. Empezó el 03/11. Quedan 12 días."),
    read("Pausa prorrogada hasta el 16/11/2025 (antes hasta el 09/11). Inicio: 03/11/2025. "
         "Quedan 12 días."),
    read("Pause verlängert bis 16.11.2025 (vorher bis 09.11.). Beginn war 03.11.2025, noch 12 "
         "Tage"),
    read("Hold extended to 16 Nov 2025 (was until 9 Nov). Hold began 3 Nov 2025. 12 days left."),
    read("Pauze verlengd t/m 16-11-2025 (eerst t/m 09-11). Begin pauze 03-11-2025. Nog 12 "
         "dagen."),
    read("Pausa prorogata al 16/11/2025 (prima fino al 09/11). Inizio pausa 03/11/2025, "
         "restano 12 giorni"),
    read("Pausa prorrogada fins al 16/11/2025 (abans fins al 09/11). Inici: 03/11/2025. Queden "
         "12 dies."),
    # extended twice: the latest end written is the pause's
    read("Abo pausiert ab 03.11.2025, verlängert bis 09.11., dann nochmal verlängert bis "
         "16.11., noch 12 Tage"),
    read("Pausa des del 03/11/2025 fins al 06/11 (grip), prorrogada fins al 09/11 i després "
         "fins al 16/11. Queden 12 dies."),
    read("Pause depuis le 03/11/2025, prolongée jusqu'au 09/11 puis jusqu'au 16/11, reste 12 "
         "jours"),
    read("Paused from 3 Nov 2025, extended to 9 Nov and then to 16 Nov, 12 days left"),
    # an extension that goes back is no later end
    case("Abo pausiert ab 03.11.2025, verlängert bis 16.11., dann bis 09.11., noch 12 Tage",
         "review", problem="extension_before_end"),
    case("Pausa prolungata al 09/11/2025, poi forse al 16/11. Restano 12 giorni.", "review"),
    # the eighteenth set's shapes
    read("Abo mensuel suspendu dès le 03.11.2025 jusqu'au 16.11.2025, solde de 12 jours sur "
         "l'abo."),
    read("Pass mensuel en pause du 03/11/2025 au 16/11, valable initialement jusqu'au 14/11",
         start="2025-11-03", original_end="2025-11-14", until="2025-11-28"),
    read("Pause seit 03.11.2025, Wiedereinstig 17.11.2025, noch 12 Tage"),
    read("La alumna puso su plan mensual en pausa el 03/11/2025 durante 2 semanas, le quedan "
         "12 días", start="2025-11-03", resume="2025-11-17"),
    read("Torna il 17/11/2025 dopo la pausa iniziata il 03/11/2025, le restano 12 giorni"),
    read("Torna dilluns 17/11/2025 després de la pausa començada el 03/11/2025, li queden 12 "
         "dies"),
    read("On hold Nov 3-Nov 16, 2025, back Nov 17, 12 days left"),
    # the nineteenth set's shapes: a certificate's date in brackets, with a start's keyword
    read("Suspendido del 03/11/2025 al 16/11/2025 (certificado médico del 02/11/2025), "
         "quedan 12 días."),
    read("Sospesa dal 03/11/2025 al 16/11/2025 (certificato medico del 31/10/2025), restano 12 "
         "giorni."),
    read("Bevroren van 03/11/2025 t/m 16/11/2025 (doktersattest van 31/10/2025), nog 12 "
         "dagen."),
    read("Suspesa del 03/11/2025 al 16/11/2025 (certificat mèdic del 31/10/2025), queden 12 "
         "dies."),
    read("Pass en pause du 03/11/2025 au 16/11/2025 (certificat médical du 31/10/2025), reste "
         "12 jours."),
    read("Abo pausiert vom 03.11.2025 bis 16.11.2025 (Attest vom 31.10.2025), noch 12 Tage."),
    read("Pass paused from 03/11/2025 to 16/11/2025 (doctor's note from 31/10/2025), 12 days "
         "left."),
    # an extension's word, then an end's keyword
    read("Pausa des del 03/11/2025 fins al 09/11, prorrogada fins a l'16/11/2025. Queden 12 "
         "dies."),
    read("Paused from 3 Nov 2025, now extended to 16 Nov 2025, 12 days left."),
    case("Pass paused for now (new baby), twelve days left on her pass.", "open",
         until="2025-12-06"),
    # a payment's date after its word and a start's keyword, the pause open
    case("Abo pausiert seit 03.11.2025, noch 12 Tage. Lastschrift vom 05.11. zurückgebucht.",
         "open"),
    # the twentieth set's shapes: a class's time with a clock's word before a full stop
    read("Corso del martedì ore 18.30. Congelato dal 3 novembre 2025 fino al 16 novembre, "
         "restano 12 giorni"),
    read("Classe de dimarts a les 18.30. Congelat del 3 de novembre de 2025 fins al 16 de "
         "novembre, queden 12 dies"),
    read("Paused Nov 3, 2025 through Nov 16, 2025, 12 days remaining on the 30-day pass"),
    read("Rientra il 17/11/2025 dopo la pausa (dal 3 novembre), restano 12 giorni"),
    read("Pass back 17/11/2025 after the hold (from 3 Nov), 12 days left"),
    case("Nuova scadenza dopo la pausa: 30/11/2025. Pausa dal 03/11 al 16/11, restano 12 "
         "giorni", "review"),
    case("Pause bis 18.13., noch 3 Wochen", "review", problem="impossible_date"),
    # the twenty-first set's shapes
    # an event's date in brackets among words the language data does not list: is it the
    # event's, or a return, an early end, a correction? A person reads it.
    case("Ruhezeit vom 03.11. bis 16.11.2025 (Knie-OP am 05.11.), noch 12 Tage", "review",
         problem="unread_number"),
    case("Monthly pass on hold 3-16 Nov 2025, 12 days left (returned 10/11)", "review",
         problem="unread_number"),
    read("Mise en pause du 3 novembre 2025 au 16 novembre 2025 inclus, 12 jours restants "
         "(opération du genou le 04/11)"),
    read("Abo unterbrochen wegen Ferien vom 3. bis und mit 16. November 2025, es bleiben noch "
         "12 Tage"),
    read("Membership on hold 3 Nov - 16 Nov 2025 (Euro trip), 12 days left. Mum's birthday "
         "class booked 25/11."),
    read("Pause: 03/11/2025-16/11/2025. 12 days left. Reason: sister's wedding"),
    read("Paused 3rd Nov 2025 until 16 Nov (broken wrist, X-ray appt 8 Nov), twelve days left"),
    read("Pauze vanaf maandag 3 november 2025, herneemt maandag 17 november, nog 12 dagen"),
    read("Li hem congelat el bo mensual des del 3 fins al 16 de novembre de 2025 (esquinç). "
         "Li queden dotze dies."),
    read("Bo de 10 sessions en pausa des de dilluns 3 de novembre de 2025; torna a venir el "
         "dilluns 17/11; li queden 4 sessions; el bo és vàlid fins al 14/12/2025",
         until="2025-12-28"),
    # a date in brackets after the pause's end, or with no pause end: a person reads it
    case("Pause ab 03.11.2025 bis 16.11.2025 (kommt erst 22.11.2025), noch 12 Tage", "review"),
    case("Pause seit 03.11.2025 (Knie-OP am 05.11.), noch 12 Tage", "review",
         problem="unread_number"),
    case("Abo pausiert vom 03.11.2025 bis 16.11.2025 (erst 20.11.), noch 12 Tage", "review",
         problem="unread_number"),
    # the twenty-second and twenty-third sets' shapes
    read("NB 31/10: li congelem l'abonament des del dilluns 3 de novembre de 2025 fins al "
         "diumenge 16 de novembre, queden dotze dies"),
    case("Monthly pass put on pause 3 November 2025 while she travels; 12 days still left on "
         "it.", "open", days=12),
    read("Congelato dal 3 novembre 2025, rientro il 17 novembre. Gli restano 12 giorni."),
    read("Hold: 2025-11-03 to 2025-11-16, remaining 12 days, paid in full 2025-10-30"),
    # the twenty-fourth set's shapes
    read("31/10 JP : en pause dès le 3 nov. 2025, retour le 17 nov., reste 12 jours."),
    read("Ferien: Abo pausiert vom 3.11.2025 bis 16.11., kommt am 17.11. wieder. Hat noch 12 "
         "Tage zugut."),
    read("Pack of 20 classes on hold from 3 Nov 2025 to 16 Nov 2025, 7 classes and 12 days of "
         "validity left.", kind="pack", classes=7),
    read("Paquete de 20 clases en pausa del 3 al 16 de noviembre de 2025; le quedan 7 clases y "
         "12 días de vigencia.", kind="pack", classes=7),
    read("Suspension du pass 10 cours dès le 03/11/2025, reprise lundi 17/11, reste 4 séances, "
         "validité d'origine jusqu'au 14/11/2025.", classes=4,
         original_end="2025-11-14", until="2025-11-28"),
    # a month's name with a letter left out or two swapped
    read("Paused from 3 Novmeber 2025 to 16 Nov, 12 days left", warnings=("word_slip",)),
    read("Pausa del 3 al 16 de noviebre de 2025, quedan 12 días", warnings=("word_slip",)),
    case("En pausa, quedan 12 días. Empezó el curso el 03/11.", "review"),
    read("Sospensione dall'1 novembre al 16/11/2025, restano 12 giorni"),
    read("Gel de l'abonnement du 03/11 au 16/11/2025, il reste encore douze jours"),
    read("Pausado del 03/11 al 16/11/2025, quedan todavía 12 días"),
]

OTHER_EVENTS = [
    # a payment, the last class: their dates are not the pause's, even after it
    read("15/10 JT: membership paused from 03/11 until 16/11/2025 inclusive, 12 days left. "
         "Paid by card 01/10."),
    read("03.10. SK: Abo pausiert vom 03.11. bis 16.11.2025, noch 12 Tage. Bezahlt am 01.10., "
         "letzte Stunde am 31.10."),
    read("10/10 MG: pausa del 03/11 al 16/11/2025, quedan 12 días. Pagó en efectivo el 05/10."),
    read("05/10 AB: abbonamento sospeso dal 03/11 al 16/11/2025, restano 12 giorni. Pagato il "
         "02/10 con bonifico."),
    read("08/10 KV: pauze vanaf 03/11 t/m 16/11/2025, nog 12 dagen. Betaald op 01/10."),
    # a pause ending on a Friday, resumed on the Monday written
    read("Pausa del 3 al 14 de noviembre de 2025, vuelve el lunes 17 de noviembre, quedan 12 "
         "días"),
]

SHORTHAND = [
    read("Pausa dsd 03/11/2025 x 2 semanas, quedan 12 días"),
    read("Pausa dal 03/11/2025 x 2 sett., restano 12 giorni"),
    read("Pausa dd 03/11/2025 hasta 16/11/2025, quedan 12 días"),
    read("Abo pausiert seit 3.11.2025, kommt am 17.11. wieder, noch 12 Tage"),
    read("Pause depuis le 03/11/2025, revient le 17/11, reste 12 jours"),
    read("In pausa dal 03/11/2025, torna il 17/11, restano 12 giorni"),
    read("Gepauzeerd sinds 03-11-2025, terug vanaf 17-11, nog 12 dagen"),
    read("On hold since 03/11/2025, back from 17/11, 12 days left"),
]



@pytest.mark.parametrize("comment, status, expected",
                         VOCABULARY + REGIONAL + TIME_LEFT + OPEN_ENDED + GROWING + OTHER_DATES
                         + STARTED + AROUND + OTHER_EVENTS + SHORTHAND)
def test_what_front_desks_write_is_read(comment, status, expected):
    check(comment, status, expected)


def test_an_old_closed_pause_then_a_new_one():
    records = parse_comment("Pause du 01/06 au 15/06/2025, réactivé le 16/06.\nNouvelle pause "
                            "du 03/11 au 16/11/2025, reste 12 jours", as_of=AS_OF)
    assert [(r.status, r.resume_date, r.new_valid_until) for r in records] == [
        ("closed", date(2025, 6, 16), None), ("overdue", date(2025, 11, 17), date(2025, 11, 29))]


@pytest.mark.parametrize("note", [
    "Pass mensuel (reste 12 jours) + carnet 10 cours (reste 4 cours, valable jusqu'au "
    "31/12/2025) en pause du 03/11 au 16/11/2025",
    "Monatsabo: noch 12 Tage; 10er-Karte: noch 4 Einheiten, gültig bis 31.12.2025 – beide "
    "pausiert 03.11.–16.11.2025",
    "Monthly pass + 10-class pack paused 03/11-16/11/2025: pass 12 days left, pack 4 classes "
    "left, valid until 31/12/2025",
    "Abono mensual (quedan 12 días) + bono 10 clases (quedan 4 clases, válido hasta el "
    "31/12/2025) en pausa del 03/11 al 16/11/2025",
    "Abbonamento mensile (restano 12 giorni) + carnet 10 lezioni (restano 4 lezioni, valido "
    "fino al 31/12/2025) in pausa dal 03/11 al 16/11/2025",
    "Maandabonnement (nog 12 dagen) + 10-rittenkaart (nog 4 ritten, geldig tot 31-12-2025) "
    "gepauzeerd van 03-11 t/m 16-11-2025",
])
def test_two_products_each_with_its_own_remainder(note):
    """The pack's 4 classes and its original end (58 days after the pause start) stay on the
    pack; the pass keeps its 12 days."""
    pass_, pack = parse_comment(note, as_of=AS_OF)
    assert (pass_.status, pass_.new_valid_until, pass_.statement.remaining_classes) == (
        "overdue", date(2025, 11, 29), None)
    assert (pack.status, pack.new_valid_until, pack.statement.remaining_classes) == (
        "overdue", date(2026, 1, 14), 4)


@pytest.mark.parametrize("note", [
    "10-class pass frozen 03/11-16/11/2025, 4 classes left, pass valid until 31/12/2025",
    "Carte 10 cours en pause du 03/11 au 16/11/2025, reste 4 cours, carte valable jusqu'au "
    "31/12/2025",
])
def test_a_word_of_the_product_said_again_is_the_same_product(note):
    """"pass valid until" is the 10-class pass's validity, not a second product."""
    (pack,) = parse_comment(note, as_of=AS_OF)
    assert (pack.status, pack.new_valid_until, pack.statement.remaining_classes) == (
        "overdue", date(2026, 1, 14), 4)


@pytest.mark.parametrize("note", [
    "Hold 7 Oct–20 Oct (12 days left). Hold again 3 Nov–16 Nov, 12 days left.",
    "Pausa 06/10-19/10 (quedan 14 días). Nueva pausa 03/11-16/11/2025, quedan 12 días.",
    "Pauze 06/10-19/10 (nog 14 dgn). Nieuwe pauze 03/11-16/11/2025, nog 12 dgn.",
])
def test_a_second_pause_in_the_next_sentence_is_a_pause_of_its_own(note):
    """The October pause was reactivated before the November one began: it is history."""
    old, new = parse_comment(note, as_of=AS_OF)
    assert old.status == "closed"
    assert (new.status, new.resume_date, new.new_valid_until) == (
        "overdue", date(2025, 11, 17), date(2025, 11, 29))


def test_an_extension_in_the_next_sentence_is_no_new_pause():
    [record] = parse_comment("14/10 JD : pass en pause 1 mois à partir du 20/10 — il reste 13j. "
                             "05/11 JD : pause prolongée jusqu'au 22/11.", as_of=AS_OF)
    assert (record.status, record.resume_date) == ("overdue", date(2025, 11, 23))


def test_a_note_written_in_december_for_february_means_the_coming_february():
    """01.12. MK: the writing date settles a yearless start two months ahead."""
    [record] = parse_comment("01.12. MK: Pause 09.02.–22.02. (Skiurlaub), noch 12 Tage",
                             as_of=date(2025, 12, 3))
    assert (record.status, record.pause_start) == ("upcoming", date(2026, 2, 9))


@pytest.mark.parametrize("month", ["genn.", "gen.", "gennaio"])
def test_italian_month_abbreviations(month):
    [record] = parse_comment(f"Abbonamento in pausa dal 12 {month} al 25 {month} 2026, restano "
                             "12 giorni", as_of=date(2026, 2, 2))
    assert (record.status, str(record.new_valid_from), str(record.new_valid_until)) == (
        "overdue", "2026-01-26", "2026-02-07")


def test_a_new_pause_after_a_closed_one_keeps_its_start_written_with_a_date():
    """"Seit 03.11." after the closed pause: the date's dot ends no sentence."""
    records = parse_comment("Pause 06.10.–19.10. (reaktiviert am 20.10.). Seit 03.11. wieder "
                            "pausiert bis und mit 16.11., noch 12 Tage", as_of=AS_OF)
    assert [(r.status, str(r.new_valid_from), str(r.new_valid_until)) for r in records] == [
        ("closed", "None", "None"), ("overdue", RESUME, UNTIL)]


def test_a_month_as_an_entry_label_is_no_vague_date():
    """"Octubre: …. Novembre: …": each entry writes its own dates."""
    closed, paused = parse_comment(
        "Octubre: pausa 05/10/2025-19/10/2025, reactivada el 20/10/2025 (JP). Novembre: "
        "torna a estar en pausa del 03/11/2025 al 16/11/2025, queden 12 dies.", as_of=AS_OF)
    assert closed.status == "closed"
    assert (paused.status, paused.new_valid_until) == ("overdue", date(2025, 11, 29))


@pytest.mark.parametrize("note", [
    "Paused 03/11 to 16/11/2025, 12 days left. Still paused until 30/11.",
    "Pause du 03/11 au 30/11/2025, reste 12 jours. Pause écourtée au 16/11.",
    "Pauze van 03/11 t/m 30/11/2025, nog 10 dagen. Pauze eerder beëindigd op 10/11.",
    "Paused 03/11 to 30/11/2025, 10 days left. Hold cut short 10/11.",
])
def test_a_later_line_with_another_date_for_the_pause_holds_back_the_first(note):
    """The first line alone would be imported; the later one says otherwise."""
    records = parse_comment(note, as_of=AS_OF)
    assert [r.status for r in records] == ["review", "review"]
    assert records[0].problems[0].code in ("later_line", "older_pause")


def test_a_product_after_a_semicolon_that_is_not_paused_keeps_its_dates():
    """"…, noch 8 Tage; 10er-Karte läuft normal weiter, gültig bis …": one product paused."""
    paused, other = parse_comment("Monatskarte pausiert 03.11.–16.11.2025, noch 8 Tage; "
                                  "10er-Karte läuft normal weiter, gültig bis 31.12.2025",
                                  as_of=AS_OF)
    assert (paused.status, paused.new_valid_until) == ("overdue", date(2025, 11, 25))
    assert (other.status, other.problems[0].code) == ("review", "product_not_paused")


@pytest.mark.parametrize("note", [
    "Reaktiviert am 17.11.\nAbo pausiert 03.11.–16.11.2025, noch 10 Tage",
    "Finalement annulé.\nPause du 03/11 au 16/11/2025, reste 10 jours",
])
def test_a_line_above_the_pause_that_changes_it_is_read(note):
    (record,) = parse_comment(note, as_of=AS_OF)
    assert (record.status, record.problems[0].code) == ("review", "line_above")


@pytest.mark.parametrize("note", [
    "Monthly pass paused 03/11 to 16/11/2025, 10 days left. Still paused until 30/11.",
    "20/11 JS: hold extended to 30/11\n03/11 JS: pass on hold 03/11 to 16/11/2025, 10 days "
    "left",
])
def test_another_line_with_a_date_for_the_pause_holds_it_back_above_or_below(note):
    records = parse_comment(note, as_of=AS_OF)
    assert all(r.status == "review" for r in records)
    assert "later_line" in {r.problems[0].code for r in records}


@pytest.mark.parametrize("note", [
    "Abo pausiert seit 03.11.2025, noch 12 Tage. Am 17.11. wieder krank gemeldet",
    "Abo pausiert seit 03.11.2025, noch 12 Tage. Schlüssel 05.11. zurück",
    "Pauze vanaf 03/11/2025, nog 12 dagen. Klant 20/11 terug gebeld",
    "Paused 03/11 to 16/11/2025 (actually 23/11), 10 days left.",
    "Pause ab 03.11. bis 16.11.2025 (oder 23.11.), noch 10 Tage",
    "Kurze Pause wegen Urlaub, zurück am 01.12., noch 10 Tage",
    "Membership and direct debit paused, back 01/12, 10 days left",
])
def test_words_around_a_date_that_are_no_return_and_corrections_go_to_review(note):
    records = parse_comment(note, as_of=AS_OF)
    assert [r.status for r in records] == ["review"]


def test_a_unit_abbreviation_ends_its_sentence():
    """"noch 10 Tg. 10er-Karte gültig bis …": the card's validity is not the pass's."""
    records = parse_comment("Abo pausiert 03.11.–16.11.2025, noch 10 Tg. 10er-Karte gültig "
                            "bis 31.12.2025", as_of=AS_OF)
    assert not any(r.new_valid_until == date(2026, 1, 14) for r in records)


@pytest.mark.parametrize("note", [
    "Monthly pass paused 03/11 to 16/11/2025, 10 days left; class pack not paused (valid until "
    "31/12/2025)",
    "Monatskarte pausiert 03.11.–16.11.2025, noch 10 Tage, 10er-Karte nicht pausiert, gültig "
    "bis 31.12.2025",
])
def test_a_product_said_not_to_be_paused_keeps_its_validity(note):
    paused, other = parse_comment(note, as_of=AS_OF)
    assert (paused.status, paused.new_valid_until) == ("overdue", date(2025, 11, 27))
    assert (other.status, other.problems[0].code) == ("review", "product_not_paused")


@pytest.mark.parametrize("note", [
    "Abo pausiert 03.11.–16.11.2025, noch 10 Tage.\nAbo pausiert 03.11.–30.11.2025, noch 10 "
    "Tage.",
    "Monthly pass paused 03/11 to 16/11/2025, 10 days left.\nPass still on hold until 30/11.",
    "Kommt erst am 01.12.\nAbo pausiert 03.11.–16.11.2025, noch 10 Tage",
    "Abo pausiert seit 03.11.2025, kommt am 01.12. nicht wieder, noch 10 Tage",
    "Pause du 03/11 au 16/11/2025 (nouvelle date 23/11), reste 10 jours",
    "Pause wird wohl länger. Abo pausiert 03.11.–16.11.2025, noch 10 Tage",
])
def test_two_readings_of_one_pause_go_to_review(note):
    """Two lines for one pause, a return above it, a negated return, a new date in brackets,
    a guess: no import row."""
    assert all(r.status == "review" for r in parse_comment(note, as_of=AS_OF))


@pytest.mark.parametrize("note", [
    "Abonnement 10 rittenkaart komt 28/11 weer langs om te overleggen. Gepauzeerd van 03/11 "
    "t/m 16/11/2025, nog 10 dagen",
    "Hasn't been reactivated yet. Paused 03/11 to 16/11/2025, 10 days left",
])
def test_no_return_and_no_reactivation_read_where_none_is_written(note):
    records = parse_comment(note, as_of=AS_OF)
    assert "closed" not in {r.status for r in records}
    assert all(r.resume_date != date(2025, 11, 28) for r in records)


def test_a_pause_after_a_closed_one_in_the_same_cell_still_imports():
    """Overlap is what holds lines back, not a closed pause before the new one."""
    closed, paused = parse_comment("Pause du 02/10 au 15/10/2025, réactivé le 16/10.\nPause du "
                                   "03/11 au 16/11/2025, reste 12 jours", as_of=AS_OF)
    assert (closed.status, paused.status) == ("closed", "overdue")


@pytest.mark.parametrize("note, status", [
    ("Monatskarte pausiert 03.11.–16.11.2025, noch 10 Tage.\nAbo weiterhin pausiert bis 30.11.",
     "review"),
    ("Paused 03/11 to 16/11/2025, 10 days left in hospital", "review"),
    ("Monthly pass paused 03/11 to 16/11/2025, 10 days left, but not the class pack (valid "
     "until 31/12/2025)", "review"),
    ("No solo el abono, también el bono en pausa del 03/11 al 16/11/2025, quedan 10 días",
     "review"),
])
def test_two_names_for_one_pass_a_stay_elsewhere_and_a_pack_left_out(note, status):
    """The first imports only when nothing else in the cell speaks of its days; the pack
    that is "not" paused goes to review."""
    records = parse_comment(note, as_of=AS_OF)
    assert records[0].status == status
    assert all(r.status == "review" for r in records[1:])


@pytest.mark.parametrize("note, status", [
    ("15/10 CL : abo mensuel suspendu du 03/11 au 16/11/2025, reste 12 jours dessus", "overdue"),
    ("Gel de l'abonnement pdt 2 semaines à compter du 03/11/25, restant : 12 jours",
     "overdue"),
    ("Mise en pause du pass mensuel du 03/11 au 16/11/2025, reste 12 jrs. // Payé 65€ le 02/10 "
     "par Bancontact", "overdue"),
    ("Pause déjeuner de l'accueil 12h-13h : rappeler la cliente après 13h pour le paiement du "
     "05/11", None),
    ("Membership paused 3/11/2025 for 2 wks - mum's surgery in Perth - 12 days left",
     "overdue"),
])
def test_front_desk_shorthand_of_the_sixteenth_set(note, status):
    records = parse_comment(note, as_of=AS_OF)
    assert [r.status for r in records] == ([status] if status else [])


@pytest.mark.parametrize("note", [
    "Paused 03/11 to 16/11/2025, 10 days left. Membership extended to 27/11.",
    "Abonnement prolongé jusqu'au 30/11, pause du 03/11 au 16/11/2025, reste 10 jours",
])
def test_a_product_extended_is_its_new_validity_not_the_pause(note):
    """The product's own extension, written after a reactivation: already entered?"""
    (record,) = parse_comment(note, as_of=AS_OF)
    assert (record.status, record.problems[0].code) == ("review", "modifier_settled")


@pytest.mark.parametrize("note, status", [
    ("Abo pausiert ab 03.11.2025, verlängert bis 16.11. (vorher bis 09.11.), noch 12 Tage",
     "overdue"),
    ("Pausa desde el 03/11/2025, prorrogada hasta el 16/11 (antes hasta el 09/11), quedan 12 "
     "días", "overdue"),
    ("Paused from 03/11/2025, extended to 16/11 (was 9/11), 12 days left", "overdue"),
    ("Paused from 03/11/2025, extended to 16 November (was 9 November), 12 days left",
     "overdue"),
    ("Abo pausiert ab 03.11.2025, verlängert bis 16.11. (vorher 09.11.), noch 12 Tage",
     "overdue"),
    ("Paused from 03/11/2025, extended to 16/11 (or 23/11), 12 days left", "review"),
    ("Paused from 03/11/2025, extended to 16/11 (was 9/11 maybe), 12 days left", "review"),
    # no extension: the date in brackets is a person's to read
    ("Paused from 03/11/2025 until 16/11 (was 9/11), 12 days left", "review"),
    ("Abo pausiert ab 03.11.2025 bis 16.11. (vorher 09.11.), noch 12 Tage", "review"),
])
def test_the_end_an_extension_replaced_written_in_brackets(note, status):
    """With an end's keyword, or a word for "before", the bracket names the old end;
    otherwise a person reads it."""
    (record,) = parse_comment(note, as_of=AS_OF)
    assert record.status == status
    if status == "overdue":
        assert record.new_valid_until == date(2025, 11, 29)


def test_a_start_after_an_extension_with_its_own_start_is_a_pause_of_its_own():
    """"Hold 20-27 Oct, extended to 30 Oct. Hold again from 3 Nov": two pauses, not one
    pause from 3 Nov to 30 Oct."""
    records = parse_comment("Hold 20-27 Oct 2025, extended to 30 Oct. Hold again from 3 Nov "
                            "2025, 12 days left.", as_of=AS_OF)
    assert [r.pause_start for r in records] == [None, date(2025, 11, 3)]
    assert all(r.status == "review" for r in records)


@pytest.mark.parametrize("note", [
    "Mittagspause 12–13 Uhr, Termine nur ab 13:30. Lastschrift vom 01.11.2025 zurückgebucht.",
    "Middagpauze 12u-13u: geen privéles plannen. Domiciliëring van 05/11/2025 geweigerd.",
    "Trabaja en turno partido (pausa de almuerzo 14-16h), solo puede venir a la clase de las "
    "14:15. Pagó con tarjeta el 01/11/2025.",
    "Pausa para el almuerzo de 14 a 16 h: no llamar. Cumpleaños 14/12.",
])
def test_a_break_and_a_payment_s_date_are_no_pause(note):
    assert parse_comment(note, as_of=AS_OF) == []


@pytest.mark.parametrize("note", [
    "Suspension du pass dès le 03/11/2025 jusqu'au 16/11, reste 12 jours",
    "Suspension de l'abonnement dès le lundi 3 novembre 2025 jusqu'au 16/11, reste 12 jours",
])
def test_a_keyword_is_no_month_of_another_language(note):
    """"dès" is no "des." (Catalan for December), even after another keyword."""
    (record,) = parse_comment(note, as_of=AS_OF)
    assert (record.status, record.new_valid_until) == ("overdue", date(2025, 11, 29))


@pytest.mark.parametrize("note, status", [
    # a relative cared for: why the pass was paused
    ("Pausado desde el 03/11/2025 hasta el 16/11 para cuidar a su madre. Le quedan 12 días.",
     "overdue"),
    ("Abo pausiert vom 03.11.2025 bis 16.11.2025 zur Pflege ihrer Mutter, noch 12 Tage",
     "overdue"),
    ("Pass paused from 3 Nov 2025 to 16 Nov 2025 to look after her mother, 12 days left",
     "overdue"),
    # a relative anywhere else, in the reason or not: whose product is it?
    ("Abbonamento sospeso dal 03/11/2025 al 16/11/2025 (matrimonio della figlia), restano "
     "12 giorni.", "review"),
    ("Monthly pass on hold 3-16 Nov 2025, 12 days left (her daughter's)", "review"),
    ("Monatskarte pausiert vom 03.11. bis 16.11.2025, noch 12 Tage. Grund: Karte gehört ihrer "
     "Tochter", "review"),
    ("Abbonamento sospeso dal 03/11/2025 al 16/11/2025 (abbonamento della figlia), restano "
     "12 giorni.", "review"),
    ("Pass en pause du 03/11/2025 au 16/11/2025 (pass de sa fille), reste 12 jours", "review"),
    ("Pass de sa fille en pause du 03/11/2025 au 16/11/2025, reste 12 jours", "review"),
    ("Pass en pause du 03/11/2025 au 16/11/2025 pour sa fille, reste 12 jours", "review"),
])
def test_a_relative_cared_for_is_not_the_owner(note, status):
    (record,) = parse_comment(note, as_of=AS_OF)
    assert record.status == status, record.problems
    if status == "review":
        assert record.problems[0].code == "modifier_other_person"
    else:
        assert record.new_valid_until == date(2025, 11, 29)


# Notes that once read wrong dates through an extension's or an event's words: each reading
# must be one a careful person accepts (review where the note is not sure). As of the date
# given; each accepted reading lists its records as (status, valid from, valid until).
RED_TEAM = [
    ('Pause ab 01.11.2025, verlängert bis 15.11.2025, dann am 22.11.2025 bezahlt. Noch 10 Tage.',
     '2025-12-01', [[('overdue', '2025-11-16', '2025-11-26')], [('review', '', '')]]),
    ('Hold from 1 Nov 2025, extended to 15 Nov 2025, then 28 Nov 2025 payment. 10 days left.',
     '2025-12-01', [[('overdue', '2025-11-16', '2025-11-26')], [('review', '', '')]]),
    ('Hold from 1 Nov 2025, extended to 15 Nov 2025, then until 28 Nov 2025 only mornings. 10 days left.',
     '2025-12-01', [[('overdue', '2025-11-16', '2025-11-26')], [('review', '', '')]]),
    ('Pause ab 01.11.2025, verlängert bis 15.11.2025, dann bis 25.11.2025 gültig. Noch 10 Tage.',
     '2025-12-01', [[('overdue', '2025-11-16', '2025-11-26')], [('review', '', '')]]),
    ('Pause ab 01.11.2025, verlängert bis 15.11.2025, dann 28.11.2025 Rückkehr. Noch 10 Tage.',
     '2025-12-01', [[('review', '', '')]]),
    ('Pause verlängert bis 30.11.2025. Abo ab 01.09.2025, gültig bis 30.09.2025.',
     '2025-12-01', [[('review', '', '')]]),
    ('Hold extended to 30 Nov 2025. Member since 1 Sep 2025, pass valid until 30 Sep 2025.',
     '2025-12-01', [[('review', '', '')]]),
    ('Pausa prorrogada hasta el 30/11/2025. Desde el 01/09/2025 bono trimestral, válido hasta el 30/11/2025.',
     '2025-12-01', [[('review', '', '')]]),
    ('Hold extended to 30 Nov 2025. Extension starting 16 Nov 2025. Pass valid until 5 Dec 2025.',
     '2025-12-01', [[('review', '', '')]]),
    ('Pause verlängert bis 30.11.2025. Seit 01.09.2025 Monatsabo, noch 12 Tage.',
     '2025-12-01', [[('due', '2025-12-01', '2025-12-13')], [('review', '', '')]]),
    ('Pause ab 01.11.2025 verlängert bis 15.11.2025 (Rückkehr erst 22.11.2025), noch 10 Tage.',
     '2025-12-01', [[('review', '', '')], [('overdue', '2025-11-22', '2025-12-02')]]),
    ('Pausa desde el 01/11/2025, prorrogada hasta el 15/11/2025 (vuelve antes el 12/11/2025), quedan 10 días.',
     '2025-12-01', [[('review', '', '')], [('overdue', '2025-11-12', '2025-11-22')]]),
    ('Pause ab 01.11.2025 verlängert bis 15.11.2025 (kommt erst 22.11.2025), noch 10 Tage.',
     '2025-12-01', [[('review', '', '')], [('overdue', '2025-11-22', '2025-12-02')]]),
    ('Pause ab 01.11.2025 verlängert bis 15.11.2025 (erst 22.11.2025), noch 10 Tage.',
     '2025-12-01', [[('review', '', '')]]),
    ("Pause du 01/11/2025 au 15/11/2025, reste 10 jours. Pass prolongé jusqu'à 25/11/2025.",
     '2025-12-01', [[('overdue', '2025-11-16', '2025-11-26')], [('review', '', '')]]),
    ("Pass mensuel en pause du 01/11/2025 au 15/11/2025, il reste 10 jours; carnet prolongé jusqu'à 31/12/2025.",
     '2025-12-01', [[('overdue', '2025-11-16', '2025-11-26')], [('review', '', '')]]),
    ('Pause ab 03.11.2025 für 2 Wochen, Krankschreibung bis 30.11.2025, noch 10 Tage',
     '2025-12-01', [[('review', '', '')]]),
    ('Pause mit Attest vom 03.11. bis 23.11., noch 10 Tage',
     '2025-12-01', [[('overdue', '2025-11-24', '2025-12-04')], [('review', '', '')]]),
    ('Pause pour arrêt maladie à partir du 01/12, il reste 10 jours',
     '2025-11-24', [[('upcoming', '', '')], [('review', '', '')]]),
    ('Paused from the date of the certificate, 01/12/2025, 10 days left',
     '2025-11-24', [[('upcoming', '', '')], [('review', '', '')]]),
    ('Pause wegen Krankschreibung ab 10.11., noch 10 Tage',
     '2025-11-24', [[('open', '2025-11-24', '2025-12-04')], [('review', '', '')]]),
    ('Paused 1-15 Sep 2025, reactivated 16 Sep 2025, pasued again from 3 Nov 2025 to 23 Nov 2025, 10 days left',
     '2025-12-01', [[('closed', '', ''), ('overdue', '2025-11-24', '2025-12-04')], [('closed', '', ''), ('review', '', '')], [('review', '', '')]]),
    ('Mittagspause beachten, Pasue ab 03.11.2025 bis 23.11.2025, noch 10 Tage',
     '2025-12-01', [[('overdue', '2025-11-24', '2025-12-04')], [('review', '', '')]]),
]


@pytest.mark.parametrize("note, as_of, accepted", RED_TEAM)
def test_extensions_and_events_never_read_a_wrong_date(note, as_of, accepted):
    records = parse_comment(note, as_of=date.fromisoformat(as_of))
    got = [(r.status, str(r.new_valid_from or "") if r.status not in ("review", "closed") else "",
            str(r.new_valid_until or "") if r.status not in ("review", "closed") else "")
           for r in records]
    assert got in [list(a) for a in accepted], got


@pytest.mark.parametrize("note", [
    "Pass en pause depuis le 03/11/2025, reste 12 jours. Revient au studio le 01/12 pour payer.",
    "Abo pausiert seit 03.11.2025, noch 12 Tage. Kommt am 01.12. zum Bezahlen vorbei.",
    "Pass paused since 03/11/2025, 12 days left. Back 01/12 to pick up her card.",
])
def test_words_after_a_return_s_date_may_say_it_is_no_return(note):
    (record,) = parse_comment(note, as_of=AS_OF)
    assert (record.status, record.problems[0].code) == ("review", "unread_words")


@pytest.mark.parametrize("note", [
    "Zurück am 17.11.2025 wieder im Kurs, Pause seit 03.11., noch 12 Tage",
    "Pause du 03/11/2025 au 16/11, retour le 17/11/2025 - reste 12 jours",
])
def test_known_words_after_a_return_s_date_change_nothing(note):
    (record,) = parse_comment(note, as_of=AS_OF)
    assert (record.status, record.resume_date) == ("overdue", date(2025, 11, 17))


@pytest.mark.parametrize("note", [
    "Abo inkl. 10er-Karte pausiert vom 03.11. bis 16.11.2025, noch 12 Tage",
    "Monthly pass incl. 10-class pack paused 03/11 to 16/11/2025, 12 days left",
    "Pass y compris carnet en pause du 03/11 au 16/11/2025, reste 12 jours",
])
def test_a_product_including_another_pauses_both(note):
    """Whose are the 12 days? Never the pack's alone."""
    (record,) = parse_comment(note, as_of=AS_OF)
    assert (record.status, record.problems[0].code) == ("review", "products_share_amount")


def test_an_amount_including_another_is_no_sum():
    (record,) = parse_comment("Pause vom 03.11. bis 16.11.2025, noch 1 Monat inkl. 5 Tage",
                              as_of=AS_OF)
    assert record.status == "review"


@pytest.mark.parametrize("note, status", [
    # a month-sized product right before the pause word, the pause with no end: which is it?
    ("Abo 3 Monate pausiert ab 03.11.2025, noch 12 Tage", "review"),
    # with the pause's own end, or set apart by a comma or a joiner, it names the product
    ("Abo 3 Monate pausiert vom 03.11. bis 16.11.2025, noch 12 Tage", "overdue"),
    ("Abo von 3 Monaten, pausiert seit 03.11.2025, noch 12 Tage", "open"),
    ("Abbonamento di 3 mesi, in pausa dal 03/11/2025, restano 12 giorni", "open"),
    # a pack's size in classes is never a pause length
    ("Rittenkaart 10 beurten bevroren vanaf 03/11/2025, nog 4 beurten, geldig tot "
     "31/12/2025", "open"),
])
def test_a_product_s_size_or_the_pause_s_length(note, status):
    (record,) = parse_comment(note, as_of=AS_OF)
    assert record.status == status, record.problems


# A second round: a date in brackets (a return, an early end, a correction), a relative
# named beside the pass, a word before a return's verb, a vague month or feast in brackets,
# a new validity after "after the hold".
RED_TEAM_2 = [
    ('Monatskarte pausiert vom 01.11. bis 30.11., noch 12 Tage (wieder fit, erstes Training 17.11.)',
     '2025-11-24', [[('overdue', '2025-11-17', '2025-11-29')], [('review', '', '')]]),
    ('Pass mensuel en pause du 01/11 au 30/11, il reste 12 jours (revenue le 17/11)',
     '2025-11-24', [[('overdue', '2025-11-17', '2025-11-29')], [('review', '', '')]]),
    ('Monthly pass on hold 1-30 Nov, 12 days left (rejoined 17 Nov)',
     '2025-11-24', [[('overdue', '2025-11-17', '2025-11-29')], [('review', '', '')]]),
    ('Abono mensual en pausa del 01/11 al 30/11, le quedan 12 días (volvió el 17/11)',
     '2025-11-24', [[('overdue', '2025-11-17', '2025-11-29')], [('review', '', '')]]),
    ("Monthly pass on hold 1-30 Nov, 12 days left (her daughter's)",
     '2025-11-24', [[('review', '', '')]]),
    ('Pass mensuel en pause du 01/11 au 30/11, il reste 12 jours (de sa fille)',
     '2025-11-24', [[('review', '', '')]]),
    ('Monatskarte pausiert vom 01.11. bis 30.11., noch 12 Tage (von der Tochter)',
     '2025-11-24', [[('review', '', '')]]),
    ('Abono mensual en pausa del 01/11 al 30/11, le quedan 12 días (es de su hija)',
     '2025-11-24', [[('review', '', '')]]),
    ('Abo pausiert seit 03.11. (Gipsarm), Gips kommt 17.11. ab, noch 12 Tage',
     '2025-11-24', [[('open', '2025-11-24', '2025-12-06')], [('review', '', '')]]),
    ('Hold booked 03/11-30/11, 12 days left',
     '2025-11-24', [[('due', '2025-12-01', '2025-12-13')], [('review', '', '')]]),
    ('Certificado: pausa 03/11-30/11, le quedan 12 días',
     '2025-11-24', [[('due', '2025-12-01', '2025-12-13')], [('review', '', '')]]),
    ('Attest: pauze 03/11-30/11, nog 12 dagen',
     '2025-11-24', [[('due', '2025-12-01', '2025-12-13')], [('review', '', '')]]),
    ('Abo pausiert vom 03.11. bis 30.11. (bis Mitte Dezember), noch 12 Tage',
     '2025-11-24', [[('review', '', '')]]),
    ('Abonnement gepauzeerd (per december), nog 12 dagen',
     '2025-11-24', [[('upcoming', '', '')], [('review', '', '')]]),
    ('Membership on hold since 03/11 (til December), 12 days left',
     '2025-11-24', [[('review', '', '')]]),
    ('Abbonamento in pausa (da dicembre), restano 12 giorni',
     '2025-11-24', [[('upcoming', '', '')], [('review', '', '')]]),
    ('Abbonamento sospeso dal 01/11 al 30/11. Rientro il 01/12 dopo la pausa valido fino al 31/12',
     '2025-11-24', [[('review', '', '')], [('due', '2025-12-01', '2025-12-31')]]),
    ('Monthly pass on hold 1-30 Nov. Back 01/12 after the hold valid until 31/12',
     '2025-11-24', [[('review', '', '')], [('due', '2025-12-01', '2025-12-31')]]),
    ('Maandabonnement gepauzeerd van 01/11 tot 30/11, terug op 01/12 na de pauze geldig tot 31/12',
     '2025-11-24', [[('review', '', '')], [('due', '2025-12-01', '2025-12-31')]]),
    ('Abono mensual en pausa del 01/11 al 30/11, vuelve el 01/12 tras la pausa válido hasta el 31/12',
     '2025-11-24', [[('review', '', '')], [('due', '2025-12-01', '2025-12-31')]]),
]


@pytest.mark.parametrize("note, as_of, accepted", RED_TEAM_2)
def test_brackets_relatives_and_returns_never_read_a_wrong_date(note, as_of, accepted):
    test_extensions_and_events_never_read_a_wrong_date(note, as_of, accepted)


@pytest.mark.parametrize("note, status", [
    # who comes back: the client (a pronoun, the word for the client, a "then"), or
    # something else (another event's word, a noun the language data does not list)
    ("Abo pausiert seit 03.11.2025, Kundin kommt am 17.11. wieder, noch 12 Tage", "overdue"),
    ("Pass paused since 03/11/2025, she is back on 17/11, 12 days left", "overdue"),
    ("Pass en pause depuis le 03/11/2025, puis reprise le 17/11, reste 12 jours", "overdue"),
    ("Abo pausiert seit 03.11.2025, noch 12 Tage. Attest kommt am 17.11.", "review"),
    ("Pass paused since 03/11/2025, 12 days left. Physio resumes 17/11.", "review"),
    ("Pass en pause depuis le 03/11/2025, reste 12 jours, kiné de retour le 17/11", "review"),
    ("Abo pausiert seit 03.11.2025, Zahlung kommt am 17.11., noch 12 Tage", "review"),
    ("Abo pausiert seit 03.11.2025, noch 12 Tage. Rechnung: kommt am 17.11.", "review"),
    # after the return's date: another event's words say it is no return
    ("Pass en pause depuis le 03/11/2025, reste 12 jours. Revient le 01/12, pour le "
     "paiement.", "review"),
    ("Pass paused since 03/11/2025, 12 days left. Back 01/12 (for payment).", "review"),
    ("Abo pausiert seit 03.11.2025, noch 12 Tage, kommt am 17.11. Attest vorbeibringen",
     "review"),
    ("Pass en pause depuis le 03/11/2025, reste 12 jours, retour le 17/11 comme prévu",
     "overdue"),
    ("Pause du 03/11/2025 au 16/11, retour le 17/11, payé le 02/11, reste 12 jours",
     "overdue"),
])
def test_who_comes_back_and_what_for(note, status):
    (record,) = parse_comment(note, as_of=AS_OF)
    assert record.status == status, record.problems
    if status == "overdue":
        assert record.resume_date == date(2025, 11, 17)


@pytest.mark.parametrize("note, status", [
    ("Abo pausiert seit 03.11.2025, noch 12 Tage, ab 01.12. wieder aktiv", "review"),
    ("Pass on hold since 03/11/2025, 12 days left, active again from 01/12", "review"),
    ("Abo pausiert seit 03.11.2025, noch 12 Tage, reaktiviert am 17.11.", "closed"),
])
def test_a_reactivation_still_ahead_is_not_done(note, status):
    (record,) = parse_comment(note, as_of=AS_OF)
    assert record.status == status
    if status == "review":
        assert record.problems[0].code == "reactivated_later"


@pytest.mark.parametrize("note, status", [
    ("Mise en pause de l'abonnement de 3 mois à partir du 01/09/2025, reste 12 jours",
     "review"),
    ("Hold on the membership of 3 months from 01/09/2025, 12 days left", "review"),
    ("Pausa abbonamento di 2 settimane dal 03/11/2025, restano 12 giorni", "overdue"),
    ("Abo pausiert (Attest) ab 01.12.2025, noch 12 Tage", "upcoming"),
    ("Pass paused from 3 Nov 2025 to 16 Nov to look after her husband's pass, 12 days left",
     "review"),
])
def test_sizes_brackets_and_relatives_once_misread(note, status):
    (record,) = parse_comment(note, as_of=AS_OF)
    assert record.status == status, record.problems
