# BoundedSemaphore released more than acquired: ValueError; a plain Semaphore just grows.
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
    got = 0
    while not s.locked():
        await s.acquire()
        got += 1
    print('plain semaphore acquired', got, 'times')

asyncio.run(main())
