# Priority queue of (priority, n) jobs; two workers pull the smallest priority first.
import asyncio


async def factorial(n: int) -> int:
    total = 1
    for k in range(2, n + 1):
        total *= k
    await asyncio.sleep(0.02 * n)
    return total


async def worker(name: str, q: asyncio.PriorityQueue, log: list) -> None:
    while True:
        prio, n = await q.get()
        try:
            value = await factorial(n)
            log.append((name, prio, n, value))
        finally:
            q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    for prio, n in [(3, 4), (1, 6), (2, 2), (5, 8), (4, 1)]:
        q.put_nowait((prio, n))
    workers = [asyncio.create_task(worker(f"W{i}", q, log := [])) for i in range(1)]
    await q.join()
    for w in workers:
        w.cancel()
    for name, prio, n, value in log:
        print(f"{name} prio={prio} {n}! = {value}")


asyncio.run(main())
