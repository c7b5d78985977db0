# A fixed pool of three workers draining a job queue; join() then cancel the idle workers
import asyncio
import random

random.seed(7)


async def worker(name, q, results):
    try:
        while True:
            job = await q.get()
            try:
                await asyncio.sleep(job["cost"])
                if job["id"] == 4:
                    raise ValueError("bad job")
                results[job["id"]] = name
            except ValueError as e:
                results[job["id"]] = f"error: {e}"
            finally:
                q.task_done()
    except asyncio.CancelledError:
        return f"{name} stopped"


async def main():
    q = asyncio.Queue()
    for i in range(8):
        q.put_nowait({"id": i, "cost": random.choice([0.01, 0.03, 0.06])})
    results = {}
    workers = [asyncio.create_task(worker(f"w{n}", q, results)) for n in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers))
    print(len(results), results[4])
    print("unfinished:", q._unfinished_tasks, "empty:", q.empty())


asyncio.run(main())
