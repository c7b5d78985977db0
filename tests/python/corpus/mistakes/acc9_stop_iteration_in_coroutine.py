# StopIteration raised inside a coroutine.
import asyncio

async def first(items):
    await asyncio.sleep(0.1)
    return next(iter(items))

async def main():
    print(await first([1, 2]))
    print(await first([]))

asyncio.run(main())
