# BoundedSemaphore refuses to be released past its start value.
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    async with sem:
        async with sem:
            print('both held, locked:', sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print('ValueError:', e)
    print(isinstance(sem, asyncio.Semaphore))
    print('still usable:', await sem.acquire())
    sem.release()

asyncio.run(main())
# (end of the program)
