# a BoundedSemaphore released one time too many, and a Lock released while free
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        print('inside, locked?', sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    await lock.acquire()
    print('lock locked?', lock.locked())
    lock.release()
    print('lock locked?', lock.locked())

asyncio.run(main())
