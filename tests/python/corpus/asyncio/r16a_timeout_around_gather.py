# A timeout around gather cancels every child still running; finished ones keep their results
import asyncio

async def job(n, d):
    try:
        await asyncio.sleep(d)
        print('job', n, 'finished')
        return n
    except asyncio.CancelledError:
        print('job', n, 'cancelled')
        raise

async def main():
    tasks = [asyncio.create_task(job(i, d)) for i, d in enumerate([0.1, 0.5, 0.2, 0.9])]
    try:
        async with asyncio.timeout(0.3):
            await asyncio.gather(*tasks)
    except TimeoutError:
        print('gather timed out')
    for t in tasks:
        print(t.get_name() != '', 'cancelled' if t.cancelled() else t.result())

asyncio.run(main())
