"""French pause notes, as of Monday 24 November 2025 unless a case says otherwise."""

import pytest

from .table import case, check

CASES = [
    # the help article's phrasing, and the pause-start forms
    case("Pause à partir du 17 juin 2025 ; il reste 13 jours sur le pass mensuel", "open",
         start="2025-06-17", resume=None, **{"from": "2025-11-24"}, until="2025-12-07",
         days=13, product="pass mensuel", kind="pass", lang="fr"),
    case("Pass gelé dès le 17/06/2025, il reste 13 jours", "open", start="2025-06-17",
         until="2025-12-07"),
    case("en pause depuis le 17.06.2025 - 13 j restants", "open", start="2025-06-17",
         until="2025-12-07"),
    case("Mis en pause le 17-06-2025, il reste 13 jours", "open", start="2025-06-17"),
    case("Suspension à compter du 2025-06-17, reste 13 jours", "open", start="2025-06-17"),
    # pause end, ranges
    case("Pause du 17 juin au 15 juillet 2025, il reste 13 jours", "overdue",
         start="2025-06-17", end="2025-07-15", resume="2025-07-16", until="2025-07-29"),
    case("Pause du 17 au 30 juin 2025 ; il reste 13 jours", "overdue", resume="2025-07-01",
         **{"from": "2025-07-01"}, until="2025-07-14"),
    case("Pause 17/06-15/07/2025, reste 10 jours", "overdue", start="2025-06-17",
         end="2025-07-15"),
    case("Pause depuis le 01/11/2025 jusqu'au 23/11/2025, il reste 5 jours", "due",
         resume="2025-11-24", until="2025-11-29"),
    case("pause du 20/12 au 10/01/2026, reste 5 jours", "upcoming", start="2025-12-20",
         resume="2026-01-11", as_of_note="year before"),
    # resume date
    case("Pause depuis le 01/11/2025, reprise le 26/11/2025, il reste 8 jours", "due",
         resume="2025-11-26", until="2025-12-04"),
    case("Pause depuis le 01/11/2025, retour prévu le 16/12/2025, il reste 8 jours",
         "upcoming", resume="2025-12-16"),
    # pause length
    case("Pause pour 3 semaines à partir du 03/11/2025, il reste 10 jours", "due",
         resume="2025-11-24", until="2025-12-04"),
    case("Pause pendant 1 mois depuis le 20/10/2025, il reste 15 jours", "overdue",
         resume="2025-11-20", until="2025-12-05"),
    case("Pause de deux semaines à partir du 10/11/2025, il reste 1 mois et 5 jours", "due",
         resume="2025-11-24", until="2025-12-29"),
    # remaining time and classes
    case("Pause du 01/11 au 20/11/2025, reste 2 semaines", "overdue", until="2025-12-05"),
    case("Pause du 01/11 au 20/11/2025, reste 2 sem.", "overdue", until="2025-12-05"),
    case("Pause du 01/11 au 20/11/2025, il reste treize jours", "overdue", days=13),
    case("Carnet 10 cours en pause du 01/11 au 20/11/2025, il reste 4 séances et 30 jours",
         "overdue", classes=4, kind="pack", product="Carnet 10 cours", until="2025-12-21"),
    case("Carnet 10 cours en pause depuis le 01/10/2025, reste 4 cours", "review",
         classes=4, problem="pack_without_validity"),
    # original end
    case("Pause depuis le 20/10/2025 (voyage), valable jusqu'au 30/11/2025", "open",
         original_end="2025-11-30", days=41, reason="voyage"),
    case("Pause depuis le 01/10/2025, il reste 20 jours, valable jusqu'au 30/11/2025",
         "review", problem="remaining_disagrees"),
    case("Pause depuis le 01/10/2025, il reste 60 jours, valable jusqu'au 30/11/2025", "open",
         days=60),
    # reason
    case("Pause du 01/11 au 20/11/2025, raison : grossesse, il reste 9 jours", "overdue",
         reason="grossesse", days=9),
    case("pause du 5/11 au 25/11 (opération le 12/11), il reste 10 jours", "due",
         end="2025-11-25", reason="opération le 12/11"),
    # missing year, two-digit year, accents and capitals
    case("Pause à partir du 17/06 ; il reste 13 jours", "open", start="2025-06-17",
         warnings=("year_inferred",)),
    # an open pause that has not begun: the product is still valid, nothing is due
    case("Pause à partir du 10/12 ; il reste 13 jours", "upcoming", start="2025-12-10",
         warnings=("year_inferred", "not_started"), until=None),
    case("Pause depuis le 3/11/25 ; retour le 20/11/25 ; 22 j restants", "overdue",
         start="2025-11-03", resume="2025-11-20"),
    case("PAUSE A PARTIR DU 5 FEVRIER 2025, IL RESTE 1 MOIS", "open", start="2025-02-05",
         until="2025-12-24"),
    case("lun. 17 novembre 2025 : mise en pause, reprise le lun. 24 novembre 2025, il reste "
         "12 jours", "due", start="2025-11-17", resume="2025-11-24"),
    case("Pause du 1er au 21 novembre 2025, il reste 7 jours", "overdue", start="2025-11-01"),
    # a duration that names the product is not a pause length; right before the pause word
    # with no end of the pause, it may be one: a person reads it
    case("Abonnement 3 mois en pause depuis le 01/11/2025, il reste 10 jours", "review",
         problem="size_or_length"),
    case("Abonnement 3 mois en pause du 01/11/2025 au 16/11, il reste 10 jours", "overdue",
         resume="2025-11-17", days=10),
    case("Abonnement de 3 mois, en pause depuis le 01/11/2025, il reste 10 jours", "open",
         resume=None, days=10),
    case("Pass mensuel 13 jours restants, en pause depuis le 01/11/2025", "open", days=13),
    # traps: each goes to review with its reason
    case("Pause depuis le 31/09/2025, il reste 10 jours", "review", problem="impossible_date"),
    case("Pause depuis le 06/17/2025, reste 13 jours", "review", problem="impossible_date"),
    case("pause du 20/11/2025 au 10/11/2025, reste 5 jours", "review",
         problem="end_before_start"),
    case("Pause du 15/10/2025 au 14/11/2025, reprise le 20/11/2025, reste 10 jours", "review",
         problem="end_resume_disagree"),
    case("Pause à partir du 05/10 ou du 02/10 ? reste 10 jours", "review", problem="ambiguous"),
    case("Pause à partir du mar. 17 novembre 2025, il reste 12 jours", "review",
         problem="weekday_mismatch"),
    case("Pause depuis le 01/11/2025", "review", problem="nothing_owed"),
    case("Pause", "review", problem="no_details"),
    case("Pause depuis le 01/11/2025, appel le 05/11/2025, il reste 3 jours", "review",
         problem="unclear_date"),
    # closed, and other senses of the word
    case("Pause du 17/06 au 30/06/2025, réactivé le 01/07/2025", "closed"),
    case("Pause du 17/06 au 30/06/2025 [réactivé le 01/07/2025, valable jusqu'au 14/07/2025]",
         "closed"),
    case("pause déjeuner à 12h30", None),
    case("Gel hydroalcoolique offert", None),
    case("Préfère les cours sans pause", None),
    case("Allergique au latex", None),
]


@pytest.mark.parametrize("comment, status, expected", CASES)
def test_french(comment, status, expected):
    expected.pop("as_of_note", None)
    check(comment, status, expected)


def test_the_help_article_example_on_its_resume_day():
    check("Pause à partir du 17 juin 2025 ; il reste 13 jours sur le pass mensuel", "open",
          {"from": "2025-07-01", "until": "2025-07-14"}, as_of=__import__("datetime").date(
              2025, 7, 1))


def test_month_first_reads_us_dates():
    check("Pause depuis le 06/17/2025, reste 13 jours", "open", {"start": "2025-06-17"},
          month_first=True)


def test_a_closed_pause_then_a_new_one_in_one_cell():
    from passpause import parse_comment

    from .table import AS_OF

    records = parse_comment("Pause du 01/03 au 15/03/2025 réactivé le 16/03/2025.\nNouvelle "
                            "pause du 03/11 au 21/11/2025, il reste 12 jours", as_of=AS_OF)
    assert [r.status for r in records] == ["closed", "overdue"]
    assert str(records[1].new_valid_until) == "2025-12-04"


def test_two_pauses_on_two_lines_are_two_statements():
    from passpause import parse_comment

    from .table import AS_OF

    records = parse_comment("Pause du 01/10 au 10/10/2025, il reste 5 jours\nPause du 01/11 au "
                            "20/11/2025, il reste 9 jours", as_of=AS_OF)
    # the October pause was reactivated before the November one began: history, not a row
    assert [(r.status, str(r.resume_date)) for r in records] == [
        ("closed", "2025-10-11"), ("overdue", "2025-11-21")]
    assert records[0].warnings[0].code == "superseded"
