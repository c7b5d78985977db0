# wait_for times out but the inner coroutine catches the cancellation and returns a fallback
import asyncio

async def stubborn_fetch():
    try:
        await asyncio.sleep(1)
        return "real data"
    except asyncio.CancelledError:
        print("fetch: cancelled, returning cached copy")
        return "cached data"

async def main():
    try:
        result = await asyncio.wait_for(stubborn_fetch(), timeout=0.05)
        print("wait_for returned:", result)
    except asyncio.TimeoutError:
        print("wait_for raised TimeoutError")
    try:
        async with asyncio.timeout(0.05) as cm:
            result = await stubborn_fetch()
        print("timeout() block returned:", result, "expired:", cm.expired())
    except TimeoutError:
        print("timeout() raised TimeoutError")

asyncio.run(main())
