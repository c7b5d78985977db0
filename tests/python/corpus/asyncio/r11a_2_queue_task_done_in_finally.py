import asyncio


async def worker(q, results):
    while True:
        item = await q.get()
        try:
            if item % 4 == 0:
                raise ValueError(f"cannot handle {item}")
            results.append(item * item)
        except ValueError as e:
            print("worker error:", e)
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue()
    results = []
    for i in range(1, 10):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q, results)) for _ in range(2)]
    await q.join()
    print(sorted(results))
    for w in workers:
        w.cancel()
    await asyncio.wait(workers)
    print(all(w.cancelled() for w in workers))


asyncio.run(main())
