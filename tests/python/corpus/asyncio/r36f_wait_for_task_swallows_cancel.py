# wait_for times out on a task that swallows its cancellation and returns a fallback value.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
        return "finished"
    except asyncio.CancelledError:
        print("ignoring cancellation, returning fallback")
        return "fallback"

async def main():
    try:
        r = await asyncio.wait_for(stubborn(), timeout=0.05)
        print("wait_for returned:", r)
    except asyncio.TimeoutError:
        print("TimeoutError")

asyncio.run(main())
