# except* handles the ValueErrors of a TaskGroup; the KeyError left goes on up
import asyncio


async def job(n):
    await asyncio.sleep(0.1 * n)
    if n == 1:
        raise ValueError('one')
    if n == 2:
        raise KeyError('two')
    return n


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(job(n))
    except* ValueError as eg:
        print('handled:', [str(e) for e in eg.exceptions])


asyncio.run(main())
