# Using asyncio.sleep's result argument to hand back each factor, then a precedence slip with await.
import asyncio


async def factorial(n):
    product = 1
    for i in range(1, n + 1):
        product *= await asyncio.sleep(0.01, result=i)
    return product


async def broken_factorial(n):
    product = 1
    for i in range(1, n + 1):
        product = await asyncio.sleep(0.01) or product * i
    return product


async def times_sleep(n):
    return await asyncio.sleep(0.01) * n


async def main():
    print(await factorial(6))
    print(await broken_factorial(6))
    print(await times_sleep(3))


asyncio.run(main())
