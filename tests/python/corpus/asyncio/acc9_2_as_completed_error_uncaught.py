# as_completed: the first result to fail, uncaught; the other task still pending is cancelled at shutdown.
import asyncio

async def work(n):
    await asyncio.sleep(0.05 * n)
    if n == 1:
        raise RuntimeError(f'work {n} broke')
    return n

async def main():
    for aw in asyncio.as_completed([work(2), work(1), work(4)]):
        print('got', await aw)

asyncio.run(main())
