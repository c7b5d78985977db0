# A BoundedSemaphore limits the factorial jobs; I release it one time too many by mistake.
import asyncio

sem = asyncio.BoundedSemaphore(2)


async def factorial(n):
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
    print(await asyncio.gather(factorial(4), factorial(5), factorial(6)))
    sem.release()  # oops


asyncio.run(main())
