# BoundedSemaphore refuses a release past its start value; a plain Semaphore grows instead
import asyncio

async def main():
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    n = 0
    while not s.locked():
        await s.acquire()
        n += 1
    print('plain semaphore let in', n)

asyncio.run(main())
