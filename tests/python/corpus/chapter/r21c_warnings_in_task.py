# warnings.warn inside a task, shown once per location.
import asyncio
import warnings

async def old_api(n):
    warnings.warn('old_api is deprecated', DeprecationWarning, stacklevel=1)
    warnings.warn(f'slow path {n}', UserWarning)
    await asyncio.sleep(0.1)
    return n

async def main():
    warnings.simplefilter('default')
    print(await asyncio.gather(old_api(1), old_api(2)))

asyncio.run(main())
