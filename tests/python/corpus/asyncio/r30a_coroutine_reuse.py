# Awaiting one coroutine object twice, and a task awaited twice
import asyncio

async def value():
    await asyncio.sleep(0)
    return 99

async def main():
    t = asyncio.create_task(value())
    print(await t, await t)
    c = value()
    print(await c)
    print(await c)

asyncio.run(main())
