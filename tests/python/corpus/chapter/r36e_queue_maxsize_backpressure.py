# producer/consumer with a queue of size 2 so the producer has to wait for the slow consumer
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f'put {i} (size now {q.qsize()}, full={q.full()})')
    await q.put(None)

async def consumer(q):
    got = []
    while (item := await q.get()) is not None:
        await asyncio.sleep(0.03)
        got.append(item * item)
    return got

async def main():
    q = asyncio.Queue(maxsize=2)
    _, squares = await asyncio.gather(producer(q, 5), consumer(q))
    print('squares:', squares, 'empty:', q.empty())

asyncio.run(main())
