# gather() runs a repeated awaitable once and repeats its result.
import asyncio

runs = 0

async def once():
    global runs
    runs += 1
    await asyncio.sleep(0)
    return runs

async def main():
    c = once()
    print(await asyncio.gather(c, c, c))
    print('runs:', runs)
    t = asyncio.create_task(once())
    print(await asyncio.gather(t, t))
    print(await asyncio.gather())
    print(type(asyncio.gather()).__name__)

asyncio.run(main())
# (end of the program)
