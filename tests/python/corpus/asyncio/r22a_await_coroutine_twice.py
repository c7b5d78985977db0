# A coroutine object can be awaited only once.
import asyncio

async def value():
    return 7

async def main():
    c = value()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)
    t = asyncio.create_task(value())
    print(await t, await t)
    try:
        asyncio.create_task(c)
    except Exception as e:
        print(type(e).__name__)
    await asyncio.sleep(0)

asyncio.run(main())
