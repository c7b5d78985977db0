# test_timeouts: the inner timeout fires first and is caught inside; the outer one stays unexpired
import asyncio

async def main():
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.05) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print('inner expired', inner.expired(), 'outer', outer.expired())
        await asyncio.sleep(0)
        print('cancelling', asyncio.current_task().cancelling())
    print('outer expired', outer.expired())
    try:
        async with asyncio.timeout(0.05) as outer:
            async with asyncio.timeout(1) as inner:
                await asyncio.sleep(1)
    except TimeoutError:
        print('outer fired:', outer.expired(), inner.expired())

asyncio.run(main())
