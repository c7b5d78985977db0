# extending a deadline with reschedule, computed from the wrong clock value
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(0.01)
            print("expired yet?", cm.expired())
            cm.reschedule(0.05)
            await asyncio.sleep(0.2)
            print("not reached")
    except TimeoutError:
        print("timed out; expired:", cm.expired(), "when is None:", cm.when() is None)
    async with asyncio.timeout(None) as cm2:
        print("no deadline:", cm2.when())
    cm2.reschedule(1)

asyncio.run(main())
