# The outer future of a shield cancelled repeatedly; the inner task keeps going and its result is kept
import asyncio


async def important():
    await asyncio.sleep(0.1)
    return "kept"


async def caller(inner):
    for attempt in range(3):
        try:
            return await asyncio.shield(inner)
        except asyncio.CancelledError:
            print("caller cancelled on attempt", attempt)
            asyncio.current_task().uncancel()
    return "gave up"


async def main():
    inner = asyncio.create_task(important())
    c = asyncio.create_task(caller(inner))
    for _ in range(2):
        await asyncio.sleep(0.02)
        c.cancel()
    print(await c, inner.result())


asyncio.run(main())
