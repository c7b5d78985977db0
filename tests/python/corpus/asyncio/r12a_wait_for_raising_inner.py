# test_waitfor: test_wait_for_raises -- an exception from the inner awaitable passes through
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    raise OSError(5, "disk on fire")

async def main():
    try:
        await asyncio.wait_for(inner(), 1)
    except OSError as e:
        print("OSError", e.errno, e.strerror, str(e))
    await asyncio.wait_for(inner(), 1)

asyncio.run(main())
