# an async generator yields each partial product; async for reads them
import asyncio

async def factorial_steps(n):
    value = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        value *= i
        yield i, value

async def factorial(n):
    async for i, value in factorial_steps(n):
        print(f"{n}: {i}! = {value}")
    return value

async def main():
    results = [await factorial(n) for n in (3, 4)]
    print(results)
    print([v async for _, v in factorial_steps(5)])

asyncio.run(main())
