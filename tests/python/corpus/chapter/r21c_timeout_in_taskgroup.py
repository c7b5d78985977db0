# asyncio.timeout around a TaskGroup: all children cancelled, TimeoutError raised.
import asyncio

log = []

async def job(n):
    try:
        await asyncio.sleep(n * 0.2)
        log.append(f'job{n} done')
    except asyncio.CancelledError:
        log.append(f'job{n} cancelled')
        raise

async def main():
    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                for n in range(1, 5):
                    tg.create_task(job(n))
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    print(sorted(log))

asyncio.run(main())
