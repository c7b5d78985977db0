# Coroutines kept in a list and never awaited: one warning each when the list is freed, at the line that made them.
import asyncio

async def step(n):
    await asyncio.sleep(0)
    return n

async def main():
    pending = [step(i) for i in range(2)]
    print('made', len(pending), 'coroutines')
    pending = None
    print('dropped them')

asyncio.run(main())
