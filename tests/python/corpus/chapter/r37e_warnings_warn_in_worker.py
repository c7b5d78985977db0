# the worker warns about a slow delay with warnings.warn instead of print
import asyncio
import warnings

async def worker(delay):
    if delay > 0.05:
        warnings.warn(f'delay {delay} is slow')
    await asyncio.sleep(delay)
    return delay

async def main():
    print(await asyncio.gather(worker(0.01), worker(0.1), worker(0.2)))
    warnings.warn('deprecated main', DeprecationWarning)
    warnings.warn('again', UserWarning, stacklevel=2)
    print('end')

asyncio.run(main())
