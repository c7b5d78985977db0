import asyncio
import types

@types.coroutine
def legacy_sleep():
    yield

async def modern():
    await legacy_sleep()
    return "modern done"

async def main():
    print(await modern())
    print(asyncio.iscoroutine(legacy_sleep()), asyncio.iscoroutinefunction(legacy_sleep))
    t = asyncio.create_task(modern())
    print(await t)

asyncio.run(main())
