# Semaphore(0) as a counting signal: the waiter proceeds only after three releases by workers
import asyncio

async def worker(name, delay, sem, log):
    await asyncio.sleep(delay)
    log.append(name)
    sem.release()

async def main():
    sem = asyncio.Semaphore(0)
    log = []
    print("locked at start:", sem.locked())
    tasks = [asyncio.create_task(worker(n, d, sem, log)) for n, d in [("x", 0.05), ("y", 0.15), ("z", 0.3)]]
    for i in range(3):
        await sem.acquire()
        print(f"signal {i + 1} received, log={log}")
    print("locked at end:", sem.locked(), "value:", sem._value)
    await asyncio.gather(*tasks)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
