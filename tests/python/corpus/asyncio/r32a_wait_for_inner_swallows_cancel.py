# wait_for times out but the inner coroutine swallows its cancellation and returns
import asyncio

async def obstinate():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner: cancelled, returning anyway")
        return "obstinate result"

async def main():
    try:
        r = await asyncio.wait_for(obstinate(), timeout=0.02)
        print("wait_for returned", repr(r))
    except TimeoutError:
        print("wait_for raised TimeoutError")

asyncio.run(main())
