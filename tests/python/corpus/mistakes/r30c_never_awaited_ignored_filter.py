# Silencing the never-awaited warning with a filter instead of fixing the bug.
import asyncio
import warnings
warnings.filterwarnings("ignore", message="coroutine .* was never awaited")

async def tick():
    print("tick ran")

async def main():
    tick()
    await asyncio.sleep(0)
    print("no warning shown")
    warnings.resetwarnings()
    tick()
    print("after reset")

asyncio.run(main())
