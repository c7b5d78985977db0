# test_locks: a Semaphore(2) lets two tasks in at a time, entering in FIFO order
import asyncio

sem = asyncio.Semaphore(2)
active = 0
peak = 0

async def job(i, log):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        log.append(f'in{i}')
        await asyncio.sleep(0.01)
        active -= 1

async def main():
    log = []
    await asyncio.gather(*(job(i, log) for i in range(5)))
    print(' '.join(log))
    print('peak', peak, 'locked', sem.locked())

asyncio.run(main())
