import asyncio
import types

@types.coroutine
def legacy_sleep():
    yield

async def main():
    for i in range(3):
        await legacy_sleep()
        print('tick', i)
    print(asyncio.iscoroutinefunction(legacy_sleep))

asyncio.run(main())
