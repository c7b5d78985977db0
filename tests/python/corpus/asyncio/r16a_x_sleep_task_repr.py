# Tasks wrapping asyncio.sleep() itself: their reprs name the line of CPython's tasks.py they are at
import asyncio

async def main():
    fresh = asyncio.create_task(asyncio.sleep(0.2, 'r'), name='fresh')
    print(fresh)
    zero = asyncio.create_task(asyncio.sleep(0), name='zero')
    await asyncio.sleep(0)
    print(fresh)
    print(zero)
    await asyncio.sleep(0)
    print(zero)
    print(await fresh)
    print(fresh)

asyncio.run(main())
