# put_nowait on a full bounded queue.
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    for item in ["a", "b", "c"]:
        q.put_nowait(item)
        print("queued", item, q.qsize())

asyncio.run(main())
