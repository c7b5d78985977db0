# An await in a comprehension of a plain helper nested in a coroutine.
import asyncio

async def fetch(n):
    await asyncio.sleep(0.1)
    return n

async def main():
    def collect(ns):
        return [await fetch(n) for n in ns]
    print(collect([1, 2]))

asyncio.run(main())
