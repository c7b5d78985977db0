# Post-processing gathered results: itertools.groupby by status, bisect.insort with key into a ranking
import asyncio
import bisect
import itertools
from operator import itemgetter

async def probe(host, code, ms):
    await asyncio.sleep(ms / 10000)
    return {"host": host, "code": code, "ms": ms}

async def main():
    specs = [("a", 200, 30), ("b", 503, 80), ("c", 200, 12), ("d", 404, 55), ("e", 503, 20), ("f", 200, 44)]
    results = await asyncio.gather(*(probe(*s) for s in specs))
    results.sort(key=itemgetter("code"))
    for code, grp in itertools.groupby(results, key=itemgetter("code")):
        print(code, [r["host"] for r in grp])
    ranking = []
    for r in results:
        bisect.insort(ranking, r, key=itemgetter("ms"))
    print("fastest first:", [(r["host"], r["ms"]) for r in ranking])
    print("position of 50 ms:", bisect.bisect(ranking, 50, key=itemgetter("ms")))

asyncio.run(main())
