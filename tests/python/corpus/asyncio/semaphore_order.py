# Semaphore(2): at most two tasks inside at once, the others enter in the order they asked.
import asyncio

async def worker(name, sem, delay, log):
    log.append(f'{name} asks')
    async with sem:
        log.append(f'{name} in (value {sem._value})')
        await asyncio.sleep(delay)
    log.append(f'{name} out')

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    delays = {'a': 0.4, 'b': 0.1, 'c': 0.1, 'd': 0.3, 'e': 0.25}  # events 0.1 s apart or more
    await asyncio.gather(*(worker(n, sem, d, log) for n, d in delays.items()))
    print('\n'.join(log))
    print('locked at the end:', sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
