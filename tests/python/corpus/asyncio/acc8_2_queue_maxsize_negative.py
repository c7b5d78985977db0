# Queue(maxsize=0) and Queue(maxsize=-1) are unbounded; their str and full().
import asyncio

async def main():
    for m in (0, -1):
        q = asyncio.Queue(maxsize=m)
        for i in range(5):
            q.put_nowait(i)
        print(str(q), q.full(), q.qsize(), q.maxsize)

asyncio.run(main())
