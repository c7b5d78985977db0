# TypeError messages for unsupported operand types
tests = [
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] + (2,),
    lambda: None + 1,
    lambda: {} | [],
    lambda: -"x",
    lambda: ~1.5,
    lambda: "a" * 2.0,
    lambda: [1] < "a",
    lambda: None < None,
    lambda: 3 @ 4,
    lambda: len(5),
    lambda: 5(),
    lambda: None[0],
    lambda: {}[[]],
    lambda: hash([]),
    lambda: iter(5),
    lambda: next([1]),
    lambda: sum(["a", "b"]),
    lambda: "x".join([1, 2]),
    lambda: int(None),
    lambda: float([]),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
