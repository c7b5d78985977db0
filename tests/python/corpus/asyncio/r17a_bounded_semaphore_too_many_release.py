# BoundedSemaphore refuses a release above its start value; Semaphore does not
import asyncio

async def main():
    s = asyncio.Semaphore(1)
    s.release()
    print('plain semaphore value grew:', s._value)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)

asyncio.run(main())
