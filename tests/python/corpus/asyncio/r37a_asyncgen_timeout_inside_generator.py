# An async generator wraps its loop in asyncio.timeout(); the deadline fires while the consumer is busy
import asyncio


async def feed():
    try:
        async with asyncio.timeout(0.1):
            for i in range(5):
                await asyncio.sleep(0.01)
                yield i
    finally:
        print("feed finally")


async def consumer():
    got = []
    try:
        async for item in feed():
            got.append(item)
            await asyncio.sleep(0.3)
    except BaseException as e:
        print("consumer caught", type(e).__name__, "after", got)
        print("cancelling():", asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(consumer())
    try:
        await t
    except BaseException as e:
        print("main caught", type(e).__name__, "| task cancelled:", t.cancelled())


asyncio.run(main())
