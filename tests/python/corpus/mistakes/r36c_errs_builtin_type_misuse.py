# a grab bag of builtins called with the wrong kind of value
checks = [
    lambda: len(5), lambda: abs("x"), lambda: -"x", lambda: ~1.5,
    lambda: reversed({1, 2}), lambda: iter(3), lambda: ord("ab"), lambda: chr(-1),
    lambda: sum(["a", "b"], ""), lambda: sum([[1], [2]]), lambda: min(3),
    lambda: max([]), lambda: "x".center("*", 9), lambda: round("2.5"),
    lambda: range(1.5), lambda: [1, 2][1.0], lambda: "ab" * 2.0, lambda: None < 1,
    lambda: hash([1]), lambda: isinstance(1, "int"), lambda: issubclass(1, int),
    lambda: getattr(1, 2), lambda: vars(5), lambda: bytes("abc"), lambda: b"a" + "b",
]
for c in checks:
    try:
        c()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
