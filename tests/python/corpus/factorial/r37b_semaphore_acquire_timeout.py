# Only one slot: a second job waits for the semaphore with a timeout and gives up.
import asyncio


async def factorial(n, sem, patience):
    try:
        await asyncio.wait_for(sem.acquire(), timeout=patience)
    except TimeoutError:
        print(f"factorial({n}): no slot after {patience}s")
        return None
    try:
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            r *= i
        return r
    finally:
        sem.release()


async def main():
    sem = asyncio.Semaphore(1)
    print(await asyncio.gather(factorial(5, sem, 1), factorial(3, sem, 0.15), factorial(2, sem, 1)))
    print("locked:", sem.locked())


asyncio.run(main())
