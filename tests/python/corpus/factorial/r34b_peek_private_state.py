# Peeking at private attributes (as StackOverflow answers do) to watch a semaphore and a queue.
import asyncio


async def factorial(n, sem):
    async with sem:
        print(f"  {n}: slots left {sem._value}")
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r


async def main():
    sem = asyncio.Semaphore(2)
    q = asyncio.Queue()
    for n in (5, 3, 4):
        q.put_nowait(n)
    print("queue holds", q._queue, "unfinished:", q._unfinished_tasks)
    jobs = []
    while not q.empty():
        jobs.append(asyncio.create_task(factorial(q.get_nowait(), sem)))
    print("sem value before:", sem._value, "locked:", sem.locked())
    print(await asyncio.gather(*jobs))
    print("task state:", jobs[0]._state, "| sem after:", sem._value, "| queue:", q._queue)
    ev, lock = asyncio.Event(), asyncio.Lock()
    print("event:", ev._value, "lock:", lock._locked, lock.locked())


asyncio.run(main())
