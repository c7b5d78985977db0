# shield(): the waiter is cancelled but the shielded task finishes and its result is still readable
import asyncio


async def save(data):
    await asyncio.sleep(0.1)
    print("saved", data)
    return len(data)


async def main():
    inner = asyncio.create_task(save("payload"))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0.02)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", inner.done())
    print("inner result:", await inner)
    print("outer state:", outer.cancelled(), "inner state:", inner.cancelled())


asyncio.run(main())
