# BoundedSemaphore released too often raises ValueError; plain Semaphore just grows.
import asyncio


async def main():
    s = asyncio.Semaphore(1)
    s.release()
    print('Semaphore after extra release:', repr(s).split('[')[1].rstrip(']>'))
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
