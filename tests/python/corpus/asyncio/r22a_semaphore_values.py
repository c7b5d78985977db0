# Semaphore counts: locked() at zero, release() may go above the start.
import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    print(sem.locked())
    await sem.acquire()
    print(sem.locked())
    sem.release()
    sem.release()
    print('after two releases, locked:', sem.locked())
    print(await sem.acquire(), await sem.acquire(), sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    zero = asyncio.Semaphore(0)
    print('zero locked:', zero.locked())
    try:
        await asyncio.wait_for(zero.acquire(), 0.01)
    except TimeoutError:
        print('acquire on zero timed out')

asyncio.run(main())
