# Producer/consumers with Queue.join() and task_done(), then a task_done too many
import asyncio

async def consumer(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.01 * item)
        log.append((item, name))
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=3)
    log = []
    workers = [asyncio.create_task(consumer(f"w{i}", q, log)) for i in range(2)]
    for item in [3, 1, 2, 5, 4, 1]:
        await q.put(item)
        print("put", item)
    await q.join()
    print("joined, empty:", q.empty(), "qsize", q.qsize())
    print(sorted(i for i, _ in log))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    q.task_done()

asyncio.run(main())
