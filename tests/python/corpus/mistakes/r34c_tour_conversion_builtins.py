# Converting between containers and numbers, getting it wrong
cases = {
    "list(5)": lambda: list(5),
    "dict([1, 2])": lambda: dict([1, 2]),
    "hash([1])": lambda: hash([1]),
    "set([[1]])": lambda: set([[1]]),
    "bytes('abc')": lambda: bytes("abc"),
    "chr(-1)": lambda: chr(-1),
    "ord('ab')": lambda: ord("ab"),
    "ord('')": lambda: ord(""),
    "b'\\xff'.decode()": lambda: b"\xff".decode(),
    "int('٣')": lambda: int("٣"),
    "float(' 1e3 ')": lambda: float(" 1e3 "),
    "tuple(None)": lambda: tuple(None),
    "frozenset({1: 2})": lambda: sorted(frozenset({1: 2})),
    "bool('False')": lambda: bool("False"),
}
for label, f in cases.items():
    try:
        print(f"{label:22} = {f()!r}")
    except Exception as e:
        print(f"{label:22} ! {type(e).__name__}: {e}")
