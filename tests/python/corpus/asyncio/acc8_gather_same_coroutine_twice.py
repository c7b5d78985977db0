# gather given the same coroutine object twice runs it once and reports its result twice.
import asyncio

count = 0

async def once():
    global count
    count += 1
    await asyncio.sleep(0)
    return count

async def main():
    c = once()
    print(await asyncio.gather(c, c, once()))
    print('runs:', count)
    print(await asyncio.gather())

asyncio.run(main())
