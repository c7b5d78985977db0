# Two coroutines in gather's call without a comma between them.
import asyncio

async def a():
    return 1

async def b():
    return 2

async def main():
    print(await asyncio.gather(a() b()))

asyncio.run(main())
