# A BoundedSemaphore to limit concurrency, with a release I added "to be safe".
import asyncio

sem = asyncio.BoundedSemaphore(2)


async def factorial(n):
    await sem.acquire()
    try:
        print(f"start {n} (locked={sem.locked()})")
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        return r
    finally:
        sem.release()


async def main():
    print(await asyncio.gather(factorial(3), factorial(5), factorial(4)))
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print("Lock:", e)
    sem.release()


asyncio.run(main())
