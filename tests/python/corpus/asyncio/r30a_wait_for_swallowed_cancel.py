# wait_for on a coroutine that catches its cancellation and returns a value anyway
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn: cancelled, returning anyway")
        return "salvaged"
    return "normal"

async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.05)
        print("wait_for returned", r)
    except asyncio.TimeoutError:
        print("wait_for raised TimeoutError")
    print(await asyncio.wait_for(stubborn(), timeout=None) if False else "skip")
    r = await asyncio.wait_for(asyncio.sleep(0, "instant"), timeout=0)
    print(r)

asyncio.run(main())
