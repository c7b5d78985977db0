# A tour of common error messages a beginner meets, each caught and printed
tests = [
    lambda: [1, 2, 3][5],
    lambda: {"a": 1}["b"],
    lambda: "abc" + 1,
    lambda: int("4.5"),
    lambda: len(5),
    lambda: None.upper(),
    lambda: [].pop(),
    lambda: (1, 2).append(3),
    lambda: 1 / 0,
    lambda: undefined_name,
    lambda: "x".join([1]),
    lambda: {}.fromkeys(1),
    lambda: sum(["a", "b"]),
    lambda: max([]),
    lambda: "abc".index("z"),
    lambda: 3 < "4",
    lambda: [1, 2].remove(9),
    lambda: "%d" % "x",
    lambda: iter(5),
    lambda: divmod(1, 0.0),
    lambda: float("1,5"),
    lambda: abs("x"),
    lambda: list(range(3))["1"],
    lambda: hash([1]),
    lambda: chr(-1),
]
for i, t in enumerate(tests):
    try:
        t()
    except Exception as e:
        print(f"{i:2}: {type(e).__name__}: {e}")
