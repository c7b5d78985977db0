import asyncio

async def worker(wid, queue, out):
    while True:
        n = await queue.get()
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            f *= i
        print(f"worker {wid}: {n}! = {f}")
        out.append((n, f))
        queue.task_done()

async def main():
    queue = asyncio.Queue()
    for n in [5, 3, 7, 1, 4, 6]:
        queue.put_nowait(n)
    out = []
    workers = [asyncio.create_task(worker(w, queue, out)) for w in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(sorted(out))

asyncio.run(main())
