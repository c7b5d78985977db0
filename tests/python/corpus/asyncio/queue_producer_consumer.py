# asyncio.Queue(maxsize=2): a producer that waits when the queue is full, two consumers, task_done and join.
import asyncio

async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        print('produced', i, 'size', queue.qsize())
    print('producer done')

async def consumer(name, queue, seen):
    while True:
        item = await queue.get()
        seen.append((name, item))
        await asyncio.sleep(0.1)
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    seen = []
    workers = [asyncio.create_task(consumer(f'c{i}', queue, seen)) for i in range(2)]
    await producer(queue, 6)
    await queue.join()
    print('all items processed:', seen)
    for w in workers:
        w.cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in results], queue.empty())

asyncio.run(main())
