# looked at the Timeout object asyncio.timeout gives me
import asyncio
import inspect

async def main():
    print(asyncio.timeout.__annotations__)
    print(inspect.signature(asyncio.Timeout.reschedule))
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when(), cm.expired())
        await asyncio.sleep(0.01)
    print(repr(cm))
    try:
        async with asyncio.timeout(0.01) as cm2:
            await asyncio.sleep(0.2)
    except TimeoutError as e:
        print('timed out:', repr(e), cm2.expired())
    print(type(cm2).__name__, type(cm2).__module__)

asyncio.run(main())
