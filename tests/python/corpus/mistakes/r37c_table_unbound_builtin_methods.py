# calling methods through their class, like str.upper(x), on the wrong kind of value
calls = [
    ("str.upper('ab')", lambda: str.upper("ab")),
    ("str.upper(5)", lambda: str.upper(5)),
    ("str.join(',', 5)", lambda: str.join(",", 5)),
    ("list.append('x', 1)", lambda: list.append("x", 1)),
    ("list.append([])", lambda: list.append([])),
    ("dict.get([], 1)", lambda: dict.get([], 1)),
    ("dict.keys()", lambda: dict.keys()),
    ("int.__add__('a', 1)", lambda: int.__add__("a", 1)),
    ("int.__add__(1, 'a')", lambda: int.__add__(1, "a")),
    ("float.is_integer(3)", lambda: float.is_integer(3)),
    ("set.add(frozenset(), 1)", lambda: set.add(frozenset(), 1)),
    ("object.__init__()", lambda: object.__init__()),
    ("str.__len__()", lambda: str.__len__()),
    ("tuple.count((1, 1))", lambda: tuple.count((1, 1))),
    ("bytes.decode('x')", lambda: bytes.decode("x")),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
