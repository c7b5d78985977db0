# Calls made in a list, then dropped unawaited: cleared, sliced away, emptied (warned last first).
import asyncio

async def small(n):
    await asyncio.sleep(0.01)
    return n

async def medium(n):
    return n * 2

async def large(n):
    return n * 3

async def main():
    calls = [small(1), medium(2), large(3)]
    print('made', len(calls))
    calls.clear()
    calls = [small(4), medium(5), large(6)]
    del calls[:2]
    print('left', len(calls))
    calls[:] = []
    more = [large(7), medium(8), small(9)]
    more *= 0
    print('done', calls, more)

asyncio.run(main())
