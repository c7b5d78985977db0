# Error messages of common builtins given odd arguments (max, sum, zip strict, enumerate, range)
attempts = [
    lambda: max([]),
    lambda: max([], default="empty"),
    lambda: min(3),
    lambda: sum(["a", "b"], ""),
    lambda: sum([[1], [2]], []),
    lambda: list(zip([1, 2], [3], strict=True)),
    lambda: list(zip([1], [3, 4], strict=True)),
    lambda: list(enumerate("ab", start=5)),
    lambda: range(1, 10, 0),
    lambda: range(1.5),
    lambda: list(map(pow, [2, 3], [3, 2], [5])),
    lambda: sorted([3, 1], reverse=None),
    lambda: abs("x"),
    lambda: len(5),
    lambda: int("12", base=1),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: divmod(1, 0),
    lambda: round("1.5"),
    lambda: isinstance(1, "int"),
    lambda: getattr(1, "nope"),
    lambda: hash([]),
    lambda: iter(5),
    lambda: next(iter([]), "fallback"),
    lambda: dict([(1, 2, 3)]),
    lambda: any([]), 
    lambda: all([]),
]
for i, f in enumerate(attempts):
    try:
        print(i, "ok:", f())
    except Exception as e:
        print(i, f"{type(e).__name__}: {e}")
