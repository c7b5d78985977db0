# test_timeouts: test_nested_timeouts / test_nested_timeouts_concurrent
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.02) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner fired: inner", inner.expired(), "outer", outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer fired:", outer.expired())
    print("task cancelling():", asyncio.current_task().cancelling())

asyncio.run(main())
