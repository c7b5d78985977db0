# The docs' warning: a coroutine timed out by wait_for cannot be awaited again
import asyncio

async def slow():
    await asyncio.sleep(1)
    return "late"

async def main():
    coro = slow()
    try:
        await asyncio.wait_for(coro, timeout=0.05)
    except TimeoutError:
        print("timed out")
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
