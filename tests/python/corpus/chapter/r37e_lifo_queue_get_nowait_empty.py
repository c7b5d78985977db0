# LifoQueue: results come back in reverse, and get_nowait on an empty queue raises
import asyncio

async def worker(i, q):
    await asyncio.sleep(0.02 * i)
    await q.put(f'r{i}')

async def main():
    q = asyncio.LifoQueue()
    await asyncio.gather(*(worker(i, q) for i in range(4)))
    while True:
        try:
            print(q.get_nowait())
        except asyncio.QueueEmpty as e:
            print('empty:', type(e).__name__, repr(str(e)))
            break
    q2 = asyncio.Queue(maxsize=1)
    q2.put_nowait(1)
    q2.put_nowait(2)

asyncio.run(main())
