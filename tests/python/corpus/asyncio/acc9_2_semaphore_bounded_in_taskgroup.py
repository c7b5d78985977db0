# A BoundedSemaphore limits a TaskGroup's workers to two at a time; the peak is counted.
import asyncio

active = 0
peak = 0

async def worker(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01 * (n % 3 + 1))
        active -= 1
    return n

async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(worker(sem, n)) for n in range(6)]
    print([t.result() for t in ts], 'peak:', peak, 'value:', sem._value)
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
