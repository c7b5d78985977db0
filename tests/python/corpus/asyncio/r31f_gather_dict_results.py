# Gather into a dict keyed by name, with a failing entry turned into None
import asyncio

PRICES = {"apple": 1.25, "pear": 0.8, "kiwi": 2.0}

async def price(item):
    await asyncio.sleep(len(item) / 500)
    return PRICES[item]

async def main():
    items = ["kiwi", "apple", "mango", "pear"]
    results = await asyncio.gather(*(price(i) for i in items), return_exceptions=True)
    table = {i: (None if isinstance(r, Exception) else r) for i, r in zip(items, results)}
    print(table)
    for name, p in sorted(table.items(), key=lambda kv: (kv[1] is None, kv[1] or 0)):
        print(f"{name:<8}{'n/a' if p is None else f'{p:>6.2f}'}")
    print(sum(p for p in table.values() if p), max(table, key=lambda k: table[k] or 0))

asyncio.run(main())
