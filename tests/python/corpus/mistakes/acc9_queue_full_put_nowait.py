# put_nowait on a full queue.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("a")
    print(q.full())
    q.put_nowait("b")

asyncio.run(main())
