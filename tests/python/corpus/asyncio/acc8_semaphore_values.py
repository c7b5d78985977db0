# Semaphore: its counter as tasks acquire and release, locked(), and the bad initial value.
import asyncio

async def job(sem, n, log):
    async with sem:
        log.append(f'start {n} (value {sem._value})')
        await asyncio.sleep(0.1 * (n + 1))
        log.append(f'end {n}')

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(job(sem, n, log) for n in range(4)))
    print('\n'.join(log))
    print('locked:', sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    z = asyncio.Semaphore(0)
    print('zero locked:', z.locked())

asyncio.run(main())
