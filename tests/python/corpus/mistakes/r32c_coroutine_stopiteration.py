# A coroutine that lets StopIteration escape from next().
import asyncio

async def first(items):
    await asyncio.sleep(0)
    return next(iter(items))

async def main():
    print(await first([1, 2]))
    print(await first([]))

asyncio.run(main())
