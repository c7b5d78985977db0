# Async generator of partial products that also tries to return the final factorial.
import asyncio


async def factorial_steps(n):
    acc = 1
    for i in range(1, n + 1):
        acc *= i
        await asyncio.sleep(0.01)
        yield acc
    return acc


async def main():
    async for value in factorial_steps(5):
        print(value)


asyncio.run(main())
