# sum, min, max, sorted and reversed with arguments they don't like
calls = [
    ("sum([[1], [2]])", lambda: sum([[1], [2]])),
    ("sum(['a'], '')", lambda: sum(["a"], "")),
    ("sum([b'a'], b'')", lambda: sum([b"a"], b"")),
    ("max('')", lambda: max("")),
    ("max(default=0)", lambda: max(default=0)),
    ("min(1, 2, default=0)", lambda: min(1, 2, default=0)),
    ("min([], key=len)", lambda: min([], key=len)),
    ("sorted([3, 1], reverse='yes')", lambda: sorted([3, 1], reverse="yes")),
    ("sorted()", lambda: sorted()),
    ("reversed(x for x in 'ab')", lambda: reversed(x for x in "ab")),
    ("reversed({1: 2})", lambda: list(reversed({1: 2}))),
    ("reversed({1})", lambda: reversed({1})),
    ("enumerate([], '1')", lambda: enumerate([], "1")),
    ("filter(len)", lambda: filter(len)),
    ("map(len)", lambda: map(len)),
    ("zip(1)", lambda: zip(1)),
    ("range()", lambda: range()),
    ("range(1, 5, 0)", lambda: range(1, 5, 0)),
    ("range(1.0)", lambda: range(1.0)),
    ("slice()", lambda: slice()),
    ("all(5)", lambda: all(5)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
