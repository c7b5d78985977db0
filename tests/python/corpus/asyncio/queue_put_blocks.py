# put() on a full queue waits until a get() makes room; getters and putters are served first come first served.
import asyncio

async def producer(q, name, items):
    for it in items:
        await q.put(f'{name}{it}')
        print(name, 'put', it, 'size now', q.qsize())

async def consumer(q, n):
    got = []
    for _ in range(n):
        await asyncio.sleep(0.02)
        got.append(await q.get())
        q.task_done()
    return got

async def main():
    q = asyncio.Queue(maxsize=1)
    p1 = asyncio.create_task(producer(q, 'p', range(3)))
    p2 = asyncio.create_task(producer(q, 'r', range(2)))
    got = await consumer(q, 5)
    await asyncio.gather(p1, p2)
    print('consumed', got)
    await q.join()
    print('queue empty:', q.empty())

asyncio.run(main())
