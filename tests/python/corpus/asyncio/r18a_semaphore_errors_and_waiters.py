# Semaphore and BoundedSemaphore: bad values, over-release, waiter order
import asyncio

async def user(sem, name, log):
    async with sem:
        log.append(name + '+')
        await asyncio.sleep(0.1 * (ord(name) - 64))
        log.append(name + '-')

async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    s = asyncio.Semaphore(0)
    print('locked:', s.locked())
    s.release()
    s.release()
    print('after two releases locked:', s.locked(), s._value)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    log = []
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(user(sem, n, log) for n in 'ABCDE'))
    print(' '.join(log))
    try:
        async with asyncio.Semaphore(1) as got:
            print('as-target:', got)
            raise KeyError('inside')
    except KeyError as e:
        print('KeyError', e)

asyncio.run(main())
