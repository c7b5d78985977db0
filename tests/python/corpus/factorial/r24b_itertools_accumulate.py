import asyncio
import itertools
import operator

async def factorial(name, n):
    running = list(itertools.accumulate(range(1, n + 1), operator.mul))
    for i, value in enumerate(running, start=1):
        print(f"Task {name}: {i}! = {value}")
        await asyncio.sleep(0.01)
    return running[-1] if running else 1

async def main():
    print(await asyncio.gather(factorial("A", 4), factorial("B", 0), factorial("C", 2)))

asyncio.run(main())
