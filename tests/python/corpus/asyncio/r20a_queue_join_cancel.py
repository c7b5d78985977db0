# Producer/consumer: workers loop forever, main joins the queue then cancels the workers.
import asyncio


async def worker(name, q, results):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        results.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue()
    for i in range(1, 7):
        q.put_nowait(i)
    results = []
    workers = [asyncio.create_task(worker(f'w{n}', q, results)) for n in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(item for _, item in results))
    print('qsize:', q.qsize(), 'empty:', q.empty())


asyncio.run(main())
