# Find the first n whose factorial passes 10**k, using bisect over a precomputed list.
import asyncio
import bisect


async def build_table(limit):
    table, f = [], 1
    for n in range(1, limit + 1):
        f *= n
        table.append(f)
        if n % 10 == 0:
            await asyncio.sleep(0.01)
    return table


async def main():
    table = await build_table(60)
    for k in (3, 6, 10, 20, 50, 80, 100):
        idx = bisect.bisect_right(table, 10 ** k)
        if idx == len(table):
            print(f"10**{k}: beyond {len(table)}!")
        else:
            print(f"first n with n! > 10**{k}: {idx + 1}")


asyncio.run(main())
