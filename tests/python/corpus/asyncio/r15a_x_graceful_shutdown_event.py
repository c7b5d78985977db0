# Graceful shutdown: a stop Event ends the workers' loops, and their finally blocks run
import asyncio

async def worker(name, stop, done_work):
    try:
        while not stop.is_set():
            done_work[name] += 1
            try:
                await asyncio.wait_for(stop.wait(), timeout=0.1)
            except asyncio.TimeoutError:
                pass
    finally:
        print(f"{name} shutting down")

async def main():
    stop = asyncio.Event()
    done_work = {"w1": 0, "w2": 0}
    workers = [asyncio.create_task(worker(n, stop, done_work)) for n in done_work]
    await asyncio.sleep(0.25)
    stop.set()
    await asyncio.gather(*workers)
    print("all stopped; each worked:", all(v >= 1 for v in done_work.values()))

asyncio.run(main())
