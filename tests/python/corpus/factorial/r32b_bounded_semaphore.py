# BoundedSemaphore released one time too many in the factorial helper raises ValueError.
import asyncio


async def factorial(n, sem):
    await sem.acquire()
    try:
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r
    finally:
        sem.release()


async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(await asyncio.gather(*(factorial(n, sem) for n in (3, 4, 5))))
    sem.release()


asyncio.run(main())
