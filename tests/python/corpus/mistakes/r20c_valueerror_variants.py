# ValueError messages from builtins with odd arguments
import math
tests = [
    lambda: int("3.5"),
    lambda: int(""),
    lambda: int("12", 1),
    lambda: float("abc"),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(5),
    lambda: (1,).index(2),
    lambda: "abc".index("z"),
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: chr(-1),
    lambda: range(1, 2, 0),
    lambda: "a,b".split(""),
    lambda: max([]),
    lambda: min([], key=len),
    lambda: divmod(1.5, 0) if False else int("0x10"),
    lambda: "{} {}".format(1),
    lambda: "%d" % "x",
    lambda: bytes([300]),
    lambda: "{:d}".format(1.5),
]
for t in tests:
    try:
        t()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
