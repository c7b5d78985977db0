# Using itertools.accumulate to get every factorial up to 12 at once, printed as a table.
import asyncio
import itertools
import operator


async def table(limit):
    await asyncio.sleep(0.05)
    facts = itertools.accumulate(range(1, limit + 1), operator.mul, initial=1)
    return list(enumerate(facts))


async def main():
    rows = await table(12)
    print(f"{'n':>3} | {'n!':>12} | digits")
    print("-" * 28)
    for n, f in rows:
        print(f"{n:>3} | {f:>12} | {len(str(f))}")


asyncio.run(main())
