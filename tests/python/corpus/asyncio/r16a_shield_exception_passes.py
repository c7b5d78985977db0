# An exception inside a shielded coroutine reaches the awaiter; a cancelled outer leaves it unretrieved
import asyncio

async def fails(d):
    await asyncio.sleep(d)
    raise ValueError(f'failed after {d}')

async def main():
    try:
        await asyncio.shield(fails(0.1))
    except ValueError as e:
        print('caught', e)
    outer = asyncio.shield(fails(0.2))
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled')
    await asyncio.sleep(0.2)
    print('end of main')

asyncio.run(main())
