# test_timeouts: test_timeout_disabling / test_timeout_enabling / reschedule
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.01) as cm:
        cm.reschedule(None)
        print("when after disabling:", cm.when())
        await asyncio.sleep(0.03)
    print("survived, expired:", cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.02)
            await asyncio.sleep(1)
    except TimeoutError:
        print("enabled timeout fired, expired:", cm.expired())
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(asyncio.timeout(None)))

asyncio.run(main())
