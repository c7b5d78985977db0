# The first exception in gather propagates to the awaiter; the other tasks keep running.
import asyncio

async def ok(name, delay):
    await asyncio.sleep(delay)
    print(name, 'completed')
    return name

async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError(f'failed after {delay}')

async def main():
    try:
        await asyncio.gather(ok('a', 0.1), fail(0.2), ok('b', 0.4), fail(0.5))
    except ValueError as e:
        print('gather raised:', e)
    print('main continues while b is still running')
    await asyncio.sleep(0.5)
    print('main done')

asyncio.run(main())
