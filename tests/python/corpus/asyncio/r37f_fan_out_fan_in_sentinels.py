# Fan-out/fan-in: one input queue, three workers, one results queue, a None sentinel per worker
import asyncio

async def worker(wid, inq, outq):
    handled = 0
    while (item := await inq.get()) is not None:
        await asyncio.sleep(0.01)
        await outq.put((item, item ** 2))
        handled += 1
    await outq.put(None)
    return wid, handled

async def main():
    inq, outq = asyncio.Queue(), asyncio.Queue()
    n_workers = 3
    workers = [asyncio.create_task(worker(i, inq, outq)) for i in range(n_workers)]
    for x in range(10):
        await inq.put(x)
    for _ in range(n_workers):
        await inq.put(None)
    results, finished = {}, 0
    while finished < n_workers:
        r = await outq.get()
        if r is None:
            finished += 1
        else:
            results[r[0]] = r[1]
    counts = await asyncio.gather(*workers)
    print([results[k] for k in sorted(results)])
    print("handled in total:", sum(h for _, h in counts), "workers:", [w for w, _ in counts])

asyncio.run(main())
