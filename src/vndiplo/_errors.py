"""The library's exceptions."""

from __future__ import annotations

from attrs import frozen

__all__ = ["CorpusError", "Problem"]


@frozen
class Problem:
    """One thing wrong with corpus input.

    :param file: the file (or ``"<string>"``) the problem is in.
    :param path: the JSON path inside it, such as ``quotes[3].speaker`` (empty for the
        whole file).
    :param message: what is wrong.

    >>> print(Problem("corpus.json", "quotes[3].speaker", "unknown official 'nobody'"))
    corpus.json: quotes[3].speaker: unknown official 'nobody'
    """

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class CorpusError(ValueError):
    """Corpus input that cannot be loaded; nothing of it was loaded.

    The message names the file, the JSON path and the problem; :attr:`problems` lists
    every problem found.

    :param problems: what is wrong, at least one.

    >>> import vndiplo
    >>> try:
    ...     vndiplo.loads('{"quotes": 3}', source="mine.json")
    ... except vndiplo.CorpusError as exc:
    ...     print(exc)
    mine.json: quotes: expected a list, got int
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        shown = [str(p) for p in self.problems[:10]]
        if len(self.problems) > 10:
            shown.append(f"... and {len(self.problems) - 10} more problems")
        super().__init__("\n".join(shown))

    @classmethod
    def one(cls, file: str, path: str, message: str) -> CorpusError:
        """An error with a single problem.

        :param file: the file the problem is in.
        :param path: the JSON path inside it (empty for the whole file).
        :param message: what is wrong.

        >>> print(CorpusError.one("a.json", "", "not valid UTF-8"))
        a.json: not valid UTF-8
        """
        return cls([Problem(file, path, message)])
