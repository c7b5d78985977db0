# list.index of a missing value, in a coroutine.
import asyncio

async def main():
    ids = [10, 20, 30]
    await asyncio.sleep(0.1)
    print(ids.index(20))
    print(ids.index(25))

asyncio.run(main())
