# Without return_exceptions gather raises the first error but does not cancel the other children
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def slow(n):
    await asyncio.sleep(0.3)
    print('slow', n, 'completed anyway')
    return n

async def bad():
    await asyncio.sleep(0.1)
    raise RuntimeError('early failure')

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        await asyncio.gather(slow(1), bad(), slow(2))
    except RuntimeError as e:
        print('caught', e, 'at', tenths(loop.time() - t0))
    await asyncio.sleep(0.3)
    print('end at', tenths(loop.time() - t0))

asyncio.run(main())
