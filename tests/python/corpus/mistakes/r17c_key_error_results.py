# Looking up a number that was never computed: KeyError from a dict of results
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    numbers = [3, 4, 5]
    values = await asyncio.gather(*[factorial(n) for n in numbers])
    table = dict(zip(numbers, values))
    for n in [3, 4, 5, 6]:
        print(n, table[n])


asyncio.run(main())
