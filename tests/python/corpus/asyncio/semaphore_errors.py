# Semaphore(-1) is a ValueError; BoundedSemaphore released too often raises ValueError; a Semaphore may go above its start.
import asyncio

async def main():
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    sem = asyncio.Semaphore(1)
    sem.release()
    sem.release()
    print('plain semaphore released past its start: locked?', sem.locked())
    for _ in range(3):
        await sem.acquire()
    print('after three acquires: locked?', sem.locked())
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    zero = asyncio.Semaphore(0)
    print('Semaphore(0) locked:', zero.locked())
    try:
        await asyncio.wait_for(zero.acquire(), 0.05)
    except TimeoutError:
        print('acquire of Semaphore(0) timed out')

asyncio.run(main())
