# filling a small buffer with put_nowait instead of awaiting put
import asyncio

async def main():
    q = asyncio.Queue(maxsize=2)
    for i in range(3):
        q.put_nowait(i)
        print("queued", i, "size", q.qsize())

asyncio.run(main())
