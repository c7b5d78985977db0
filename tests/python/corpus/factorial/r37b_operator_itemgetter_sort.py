# Sorting result records with operator.itemgetter / attrgetter and methodcaller.
import asyncio
import math
from operator import itemgetter, attrgetter, methodcaller, mul
from types import SimpleNamespace


async def record(n):
    await asyncio.sleep(0.01 * (n % 3))
    f = math.factorial(n)
    return {"n": n, "f": f, "digits": len(str(f)), "label": f"n{n}"}


async def main():
    recs = await asyncio.gather(*map(record, [10, 3, 7, 12, 5]))
    print([r["n"] for r in sorted(recs, key=itemgetter("digits", "n"), reverse=True)])
    print(list(map(itemgetter("n", "digits"), recs)))
    objs = [SimpleNamespace(**r) for r in recs]
    print([o.label for o in sorted(objs, key=attrgetter("f"))])
    print(list(map(methodcaller("upper"), (o.label for o in objs))))
    print(mul(6, 7), itemgetter(slice(1, 3))([1, 2, 6, 24]))
    print(sorted(recs, key=itemgetter("size")))


asyncio.run(main())
