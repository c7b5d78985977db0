import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.002)
        result *= i
    return result

async def choose(n, k):
    fn, fk, fnk = await asyncio.gather(factorial(n), factorial(k), factorial(n - k))
    return fn // (fk * fnk)

async def main():
    for n in range(7):
        row = await asyncio.gather(*(choose(n, k) for k in range(n + 1)))
        print(' '.join(map(str, row)).center(30))
    print(await choose(20, 10), 20 / 3, 20 // 3)

asyncio.run(main())
