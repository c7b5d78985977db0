import asyncio


async def worker(wid: int, jobs: asyncio.Queue, results: list):
    print(f"worker {wid} started")
    try:
        while True:
            job = await jobs.get()
            try:
                await asyncio.sleep(0.01)
                results.append(job * 10)
            finally:
                jobs.task_done()
    except asyncio.CancelledError:
        print(f"worker {wid} stopping")
        raise
    finally:
        print(f"worker {wid} exited")


async def main():
    jobs = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(i, jobs, results)) for i in range(3)]
    for j in range(7):
        jobs.put_nowait(j)
    await jobs.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(results))
    print(all(isinstance(o, asyncio.CancelledError) for o in outcome))


asyncio.run(main())
