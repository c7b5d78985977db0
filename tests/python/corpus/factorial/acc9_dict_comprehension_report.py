# Dict and set comprehensions, zip(strict=True), enumerate(start) on the gathered results.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.002)
        r *= i
    return r

async def main():
    ns = [6, 2, 9, 4]
    vals = await asyncio.gather(*map(factorial, ns))
    table = {n: v for n, v in zip(ns, vals, strict=True)}
    print(table)
    print({n: len(str(v)) for n, v in table.items() if v > 10})
    print({len(str(v)) for v in vals}, sorted({v % 7 for v in vals}))
    for i, (n, v) in enumerate(sorted(table.items()), start=1):
        print(f"{i}. {n}! = {v}")
    inverted = {v: n for n, v in table.items()}
    print(inverted[362880], [[n * m for m in ns[:2]] for n in ns[:2]])
    try:
        list(zip(ns, vals[:-1], strict=True))
    except ValueError as e:
        print("ValueError:", e)
    try:
        list(zip(ns[:2], vals, strict=True))
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
