# Workers loop until a shutdown Event is set, finishing their current job before exiting
import asyncio


async def worker(name, jobs, stop, done):
    while not stop.is_set():
        try:
            job = jobs.get_nowait()
        except asyncio.QueueEmpty:
            await asyncio.sleep(0.01)
            continue
        await asyncio.sleep(job)
        done.append((name, job))
    print(name, "saw shutdown")


async def main():
    jobs = asyncio.Queue()
    for d in [0.05, 0.6, 0.05, 0.3]:
        jobs.put_nowait(d)
    stop = asyncio.Event()
    done = []
    workers = [asyncio.create_task(worker(f"w{i}", jobs, stop, done)) for i in range(2)]
    await asyncio.sleep(0.2)
    stop.set()
    await asyncio.gather(*workers)
    print("done:", sorted(done))
    print("left in queue:", jobs.qsize())


asyncio.run(main())
