# a table of wrong calls to built-in functions and methods
import math, asyncio

calls = [lambda: [].append(), lambda: [].append(1, 2), lambda: "a".split(",", 1, 2),
         lambda: "a".split(sep=",", maxsplt=1), lambda: {}.get(), lambda: {}.get("a", 1, 2),
         lambda: len(), lambda: len([], []), lambda: print(sepp=""), lambda: sorted([], lambda x: x),
         lambda: math.sqrt(), lambda: math.pow(2), lambda: round(1.5, 2, 3), lambda: int("1", 2, 3),
         lambda: "x".join(), lambda: "x".replace("a"), lambda: range(), lambda: range(1, 2, 3, 4),
         lambda: max(), lambda: enumerate([], start=1, step=2), lambda: zip(strict=1, x=2),
         lambda: asyncio.sleep(), lambda: asyncio.Queue(1, 2), lambda: str.upper(),
         lambda: isinstance(1), lambda: dict(1, 2), lambda: list(1, 2), lambda: open()]
for c in calls:
    try:
        c()
        print("ok")
    except TypeError as e:
        print(e)
