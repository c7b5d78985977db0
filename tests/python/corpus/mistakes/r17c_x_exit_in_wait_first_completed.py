# sys.exit in a task under asyncio.wait(FIRST_COMPLETED): status 8, the other task is cancelled quietly
import asyncio
import sys


async def job(n):
    try:
        await asyncio.sleep(0.1 * n)
        if n == 1:
            sys.exit(8)
        return n
    finally:
        print('job', n, 'ends')


async def main():
    tasks = [asyncio.create_task(job(n)) for n in (1, 3)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('not reached', done, pending)


asyncio.run(main())
