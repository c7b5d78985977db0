# gather() without return_exceptions: the first error propagates; a second failing child is logged at exit.
import asyncio

async def fail(n, delay):
    await asyncio.sleep(delay)
    raise ValueError(f'child {n}')

async def main():
    try:
        await asyncio.gather(fail(1, 0.01), fail(2, 0.05))
    except ValueError as e:
        print('caught', e)
    await asyncio.sleep(0.1)
    print('main returns')

asyncio.run(main())
print('done')
