# Using asyncio.sleep's result argument to hand back each partial product.
import asyncio


async def factorial(n):
    value = 1
    history = []
    for i in range(1, n + 1):
        value = await asyncio.sleep(0.01, result=value * i)
        history.append(value)
    return history


async def main():
    for n in (1, 4, 6):
        print(n, await factorial(n))
    print(await asyncio.sleep(0))


asyncio.run(main())
