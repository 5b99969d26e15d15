"""The one exception family the command line turns into ``Error: ...`` lines."""


class PasspauseError(Exception):
    """A problem the user can fix; the message says how. Anything else is a bug.

    The message is English, for logs and library users; ``key`` and ``params`` name the
    same message in the label table, so the command line and the page can say it in the
    user's language (``Labels.error``)."""

    def __init__(self, message: str = "", *, key: str = "", **params):
        super().__init__(message)
        self.key, self.params = key, params


class InputError(PasspauseError):
    """The export cannot be read: missing, unsupported, corrupt, encrypted or empty."""


class ColumnError(PasspauseError):
    """The export has no column we need (e.g. no comment column)."""


class OutputError(PasspauseError):
    """The outputs cannot be written where asked, or would replace an earlier run's files."""


class LanguageDataError(PasspauseError):
    """A file in ``languages/`` does not follow the schema."""
