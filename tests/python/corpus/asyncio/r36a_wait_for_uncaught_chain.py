# wait_for timing out uncaught: TimeoutError is raised from the inner CancelledError
import asyncio


async def compute():
    await asyncio.sleep(2)
    return 42


async def main():
    print("starting")
    value = await asyncio.wait_for(compute(), timeout=0.05)
    print("value", value)


asyncio.run(main())
