# gather where one worker raises: the exception propagates, the others keep running.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        raise RuntimeError(f'worker {n} failed')
    print('worker', n, 'finished')
    return n

async def main():
    try:
        r = await asyncio.gather(worker(1), worker(2), worker(3))
    except RuntimeError as e:
        print('caught:', e)
    await asyncio.sleep(0.3)
    print('main end')

asyncio.run(main())
