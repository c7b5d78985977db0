# results as namedtuples, with _asdict and _replace
import asyncio
from collections import namedtuple

Fact = namedtuple("Fact", "n value digits")

async def factorial(n):
    await asyncio.sleep(0.05 * n)
    v = 1
    for i in range(2, n + 1):
        v *= i
    return Fact(n, v, len(str(v)))

async def main():
    facts = []
    for c in asyncio.as_completed([factorial(n) for n in (9, 4, 6)]):
        facts.append(await c)
    for f in facts:
        print(f)
    print(facts[0]._asdict())
    print(facts[-1]._replace(value=0))

asyncio.run(main())
