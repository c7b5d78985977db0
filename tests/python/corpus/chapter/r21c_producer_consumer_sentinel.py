# Producer/consumer with None sentinels and a bounded queue.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, 'size', q.qsize())
    for _ in range(2):
        await q.put(None)

async def consumer(name, q, out):
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.1)
        out.append(f'{name}:{item}')

async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer('c1', q, out), consumer('c2', q, out))
    print(out)

asyncio.run(main())
