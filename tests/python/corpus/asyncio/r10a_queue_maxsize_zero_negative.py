import asyncio

async def main():
    for size in (0, -1):
        q = asyncio.Queue(maxsize=size)
        for i in range(100):
            q.put_nowait(i)
        print(size, q.maxsize, q.qsize(), q.full())
    q = asyncio.Queue(1)
    print(q.full())
    q.put_nowait(0)
    print(q.full())

asyncio.run(main())
