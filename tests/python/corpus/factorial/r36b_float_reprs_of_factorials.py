# float() of factorials: repr, exactness, hex and what goes wrong converting back to int.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0)
    return math.factorial(n)


async def main():
    for n in (18, 22, 23, 25, 30):
        f = await factorial(n)
        x = float(f)
        print(n, repr(x), int(x) == f, f"{x:,.0f}", x.hex())
    print(str(1 / await factorial(10)), 1 / await factorial(20))
    print(math.fsum(1 / await factorial(k) for k in range(20)), sum(1 / math.factorial(k) for k in range(20)))
    print(float(await factorial(22)).as_integer_ratio())
    print(f"{math.gamma(21):.17g}", math.lgamma(101), math.exp(math.lgamma(11)))
    print(round(2.675, 2), round(math.factorial(5) / 7, 3), 10**23 == int(1e23), int(1e23))


asyncio.run(main())
