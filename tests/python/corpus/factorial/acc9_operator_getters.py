# operator.itemgetter, attrgetter and methodcaller to sort and pick factorial results.
import asyncio
from operator import itemgetter, attrgetter, methodcaller
from types import SimpleNamespace

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return {"n": n, "value": r, "text": str(r)}

async def main():
    rows = await asyncio.gather(*map(factorial, [6, 3, 9, 4]))
    print(sorted(rows, key=itemgetter("value"), reverse=True)[0]["n"])
    print(list(map(itemgetter("n", "value"), rows)))
    objs = [SimpleNamespace(**r, info=SimpleNamespace(digits=len(r["text"]))) for r in rows]
    print([o.n for o in sorted(objs, key=attrgetter("info.digits", "n"))])
    print(attrgetter("n", "info.digits")(objs[2]))
    print(list(map(methodcaller("zfill", 8), (r["text"] for r in rows))))
    print(methodcaller("count", "0")(rows[2]["text"]), itemgetter(slice(1, 3))([0, 1, 2, 3]))
    print(itemgetter(1)("ab"), itemgetter()([1]) if False else "skip")
    print(repr(itemgetter("n")), repr(attrgetter("a.b")), repr(methodcaller("split", ",", maxsplit=1)))
    try:
        itemgetter("missing")(rows[0])
    except KeyError as e:
        print("KeyError:", e)

asyncio.run(main())
