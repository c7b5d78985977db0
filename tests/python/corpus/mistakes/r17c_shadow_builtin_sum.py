# sum used as a variable name, then called: 'int' object is not callable
import asyncio


async def factorial(n):
    await asyncio.sleep(0.1)
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


async def main():
    values = await asyncio.gather(*[factorial(n) for n in [3, 4, 5]])
    sum = 0
    for v in values:
        sum += v
    print('total', sum)
    print('again', sum(values))


asyncio.run(main())
