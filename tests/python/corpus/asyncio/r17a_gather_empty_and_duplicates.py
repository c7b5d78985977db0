# gather() of nothing is an empty list; one coroutine object passed twice runs once
import asyncio

count = 0

async def once():
    global count
    count += 1
    return count

async def main():
    print(await asyncio.gather())
    c = once()
    print(await asyncio.gather(c, c, c))
    print('runs:', count)

asyncio.run(main())
