# aclose() on an async generator whose finally block awaits before finishing; then using it again
import asyncio


async def stream():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("flushing...")
        await asyncio.sleep(0.01)
        print("flushed")


async def main():
    s = stream()
    print(await s.asend(None), await s.__anext__())
    await s.aclose()
    print("closed; ag_frame is None:", s.ag_frame is None)
    print(await anext(s, "default after close"))
    try:
        await s.__anext__()
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e.args)
    await s.aclose()
    print("second aclose is fine")


asyncio.run(main())
