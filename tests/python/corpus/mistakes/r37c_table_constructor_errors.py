# converting values between types, and the errors for the ones that don't convert
calls = [
    ("int(5, 2)", lambda: int(5, 2)),
    ("int('5', base=2)", lambda: int("5", base=2)),
    ("int('12', 1)", lambda: int("12", 1)),
    ("int('')", lambda: int("")),
    ("int([1])", lambda: int([1])),
    ("float([1])", lambda: float([1])),
    ("float('1,5')", lambda: float("1,5")),
    ("bool(1, 2)", lambda: bool(1, 2)),
    ("list(1, 2)", lambda: list(1, 2)),
    ("tuple(5)", lambda: tuple(5)),
    ("set([[1]])", lambda: set([[1]])),
    ("frozenset({}, 1)", lambda: frozenset({}, 1)),
    ("dict([1, 2])", lambda: dict([1, 2])),
    ("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)])),
    ("dict(1, 2)", lambda: dict(1, 2)),
    ("str(5, base=2)", lambda: str(5, base=2)),
    ("str(b'a', 'nope')", lambda: str(b"a", "nope")),
    ("bytes(-1)", lambda: bytes(-1)),
    ("bytes([256])", lambda: bytes([256])),
    ("bytearray('x')", lambda: bytearray("x")),
    ("bytes.fromhex('zz')", lambda: bytes.fromhex("zz")),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
