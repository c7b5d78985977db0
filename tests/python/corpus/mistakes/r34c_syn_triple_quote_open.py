# A docstring I never closed at the top of my coroutine
import asyncio

async def worker(name):
    """Sleep a bit, then greet.
    await asyncio.sleep(0.01)
    print(f"hello from {name}")

async def main():
    await worker("a")

asyncio.run(main())
