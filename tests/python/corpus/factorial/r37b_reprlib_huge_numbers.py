# reprlib keeps the printout of huge factorials short; pprint shows them in full.
import asyncio
import math
import reprlib


async def f(n):
    await asyncio.sleep(0.005)
    return math.factorial(n)


async def main():
    values = await asyncio.gather(*map(f, [10, 40, 100]))
    for v in values:
        print(reprlib.repr(v))
    print(reprlib.repr(values))
    print(reprlib.repr({n: v for n, v in zip("abc", values)}))
    short = reprlib.Repr()
    short.maxlong = 12
    short.maxlist = 2
    print(short.repr(values), short.repr(list(range(10))))


asyncio.run(main())
