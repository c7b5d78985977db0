# A TaskGroup where one worker fails: the ExceptionGroup caught with except*.
import asyncio

async def worker(n):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        raise ValueError('bad worker 2')
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(worker(n))
    except* ValueError as eg:
        print('caught', len(eg.exceptions), 'ValueError:', eg.exceptions[0])

asyncio.run(main())
