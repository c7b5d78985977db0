# two workers fail inside a TaskGroup; I catch the ExceptionGroup and list what's in it
import asyncio

async def worker(n):
    if n % 2:
        raise ValueError(f'odd {n}')
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(4):
                tg.create_task(worker(n))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        print(eg)
        for e in eg.exceptions:
            print(' -', repr(e))

asyncio.run(main())
