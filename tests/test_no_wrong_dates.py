"""The cardinal rule, generated: for notes written many ways with random dates, the parser
gives the right dates or sends the note to review — never another date."""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from passpause import parse_comment

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
# note template -> how the resume date follows from start S, end E and resume R
TEMPLATES = {
    "fr": [("Pause du {S} au {E}, il reste {N} jours", "end"),
           ("Pause à partir du {S}, reprise le {R}, reste {N} j", "resume"),
           ("En pause depuis le {S} ; il reste {N} jours sur le pass mensuel", "open")],
    "de": [("Pause vom {S} bis {E}, noch {N} Tage", "end"),
           ("Pausiert ab {S}, Wiedereinstieg am {R}, noch {N} Tage", "resume"),
           ("Pause seit {S}, Restlaufzeit {N} Tage", "open")],
    "en": [("Paused from {S} to {E}, {N} days left", "end"),
           ("On hold since {S}, back on {R}, {N} days left", "resume"),
           ("Pause starting {S}; {N} days remaining on monthly pass", "open")],
}


def written(day: date, lang: str, style: int) -> str:
    if style == 0:
        return day.strftime("%d/%m/%Y")
    if style == 1:
        return day.strftime("%d.%m.%Y")
    if style == 2:
        return day.isoformat()
    month = MONTHS[lang][day.month - 1]
    if lang == "de":
        return f"{day.day}. {month} {day.year}"
    if lang == "en" and style == 4:
        return f"{month} {day.day}, {day.year}"
    return f"{day.day} {month} {day.year}"


DAYS = st.dates(min_value=date(2023, 1, 1), max_value=date(2027, 12, 31))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["fr", "de", "en"]), st.integers(0, 2), DAYS, st.integers(0, 90),
       st.integers(1, 120), DAYS, st.integers(0, 4), st.integers(0, 4))
def test_never_a_wrong_date(lang, template, start, length, owed, as_of, style_s, style_e):
    text, rule = TEMPLATES[lang][template]
    end = start + timedelta(days=length)
    resume = end + timedelta(days=1)
    note = text.format(S=written(start, lang, style_s), E=written(end, lang, style_e),
                       R=written(resume, lang, style_e), N=owed)
    [record] = parse_comment(note, as_of=as_of)
    if record.status == "review":
        return  # a person decides: allowed, never wrong
    if rule == "open" and start > as_of:  # not begun: still valid, nothing to enter yet
        assert (record.status, record.new_valid_from, record.new_valid_until) == (
            "upcoming", None, None), note
        return
    if rule == "open":
        frm = as_of
        assert record.status == "open", note
    else:
        frm = resume
        expected = ("overdue" if resume < as_of else
                    "due" if resume <= as_of + timedelta(days=7) else "upcoming")
        assert record.status == expected, note
    assert (record.new_valid_from, record.new_valid_until) == (
        frm, frm + timedelta(days=owed)), note
    assert record.pause_start == start, note
