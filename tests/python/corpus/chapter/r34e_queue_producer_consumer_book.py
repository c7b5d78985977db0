# the book's workers turned into consumers reading from a queue
import asyncio
import random

random.seed(5)

async def producer(q, n):
    for i in range(n):
        await q.put(random.randint(1, 10))
    for _ in range(2):
        await q.put(None)

async def consumer(q, label):
    got = []
    while (item := await q.get()) is not None:
        await asyncio.sleep(0)
        got.append(item)
        q.task_done()
    q.task_done()
    return label, got

async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 6))
    results = await asyncio.gather(consumer(q, 'A'), consumer(q, 'B'))
    await prod
    for label, got in results:
        print(label, got, sum(got))
    print('queue empty:', q.empty())

asyncio.run(main())
