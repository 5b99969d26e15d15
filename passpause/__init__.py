"""passpause: turn a studio's client export into the week's reactivation work."""

from .errors import PasspauseError
from .version import __version__

__all__ = ["PasspauseError", "Settings", "__version__", "analyse", "analyse_frame",
           "parse_comment", "run"]


def __getattr__(name):
    # The public API loads lazily so ``passpause --version`` stays instant.
    if name == "parse_comment":
        from .pipeline import parse_comment

        return parse_comment
    if name in ("run", "analyse", "analyse_frame", "Settings"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
