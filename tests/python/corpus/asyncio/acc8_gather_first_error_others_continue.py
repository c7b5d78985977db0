# gather without return_exceptions: the first error reaches the awaiter, the other children keep running.
import asyncio

async def job(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(f'job {n} failed')
    print('job', n, 'done')
    return n

async def main():
    try:
        await asyncio.gather(job(1, 0.3), job(2, 0.1, True), job(3, 0.2))
    except ValueError as e:
        print('main caught:', e)
    await asyncio.sleep(0.4)
    print('main end')

asyncio.run(main())
