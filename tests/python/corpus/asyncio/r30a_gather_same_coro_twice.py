# gather() given the same coroutine or task several times runs it once
import asyncio

count = 0

async def once():
    global count
    count += 1
    await asyncio.sleep(0.01)
    return count

async def main():
    c = once()
    print(await asyncio.gather(c, c, c), count)
    t = asyncio.create_task(once())
    print(await asyncio.gather(t, once(), t), count)
    print(await asyncio.gather())

asyncio.run(main())
