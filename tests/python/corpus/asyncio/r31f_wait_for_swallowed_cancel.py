# An inner coroutine that swallows CancelledError under wait_for returns a value instead
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("cancelled, but returning anyway")
        return "partial"
    return "full"

async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.02)
        print("wait_for returned:", r)
    except asyncio.TimeoutError:
        print("TimeoutError raised")

asyncio.run(main())
