# A Semaphore caps how many workers run at once.
import asyncio

active = 0
peak = 0
order = []

async def worker(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        order.append(n)
        await asyncio.sleep(0.01)
        active -= 1

async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(sem, n) for n in range(7)))
    print('peak:', peak, 'order:', order)
    print('locked:', sem.locked(), 'value:', sem._value)

asyncio.run(main())
# (end of the program)
