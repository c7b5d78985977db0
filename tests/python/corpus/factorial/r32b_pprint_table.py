# pprint of a dict of factorials, with a width small enough to wrap.
import asyncio
from pprint import pprint, pformat


async def factorial(n):
    await asyncio.sleep(0.01)
    out = 1
    for k in range(2, n + 1):
        out *= k
    return out


async def main():
    keys = [1, 5, 10, 15, 20, 25]
    values = await asyncio.gather(*map(factorial, keys))
    table = dict(zip(keys, values))
    pprint(table, width=40)
    pprint({"small": values[:3], "big": values[3:]}, width=50)
    print(pformat(list(table.items())[:2]))


asyncio.run(main())
