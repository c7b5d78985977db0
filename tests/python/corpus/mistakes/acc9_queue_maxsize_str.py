# A Queue made with a maxsize as a string, then filled.
import asyncio

async def main():
    q = asyncio.Queue(maxsize="2")
    await q.put(1)
    print(q.qsize())

asyncio.run(main())
