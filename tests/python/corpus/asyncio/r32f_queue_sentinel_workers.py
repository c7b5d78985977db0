# Worker pool stopped with one None sentinel per worker; results gathered in order
import asyncio

async def worker(wid, jobs, results):
    handled = 0
    while (job := await jobs.get()) is not None:
        await asyncio.sleep(0.01 * (job % 3))
        results[job] = job ** 2
        handled += 1
    return wid, handled

async def main():
    jobs = asyncio.Queue()
    results = {}
    for j in range(9):
        jobs.put_nowait(j)
    n_workers = 3
    for _ in range(n_workers):
        jobs.put_nowait(None)
    stats = await asyncio.gather(*(worker(w, jobs, results) for w in range(n_workers)))
    print("total handled:", sum(h for _, h in stats))
    print([results[k] for k in sorted(results)])

asyncio.run(main())
