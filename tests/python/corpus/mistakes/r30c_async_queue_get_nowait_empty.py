# get_nowait on an empty queue instead of await get().
import asyncio

async def main():
    q = asyncio.Queue()
    await q.put("first")
    print(q.get_nowait())
    print(q.get_nowait())

asyncio.run(main())
