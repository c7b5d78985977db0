# BoundedSemaphore released too often raises ValueError.
import asyncio

async def main():
    s = asyncio.BoundedSemaphore(1)
    await s.acquire()
    print('locked:', s.locked())
    s.release()
    try:
        s.release()
    except ValueError as e:
        print('ValueError:', e)
    plain = asyncio.Semaphore(1)
    plain.release()
    print('plain semaphore now allows two:', not plain.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
