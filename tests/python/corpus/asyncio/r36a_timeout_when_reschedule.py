# asyncio.timeout(None) starts unlimited; reschedule it from inside, check when() and expired()
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when(), "expired:", cm.expired())
        await asyncio.sleep(0.02)
        cm.reschedule(loop.time() + 1.0)
        print("deadline set:", cm.when() is not None)
        await asyncio.sleep(0.02)
    print("expired after block:", cm.expired())
    try:
        async with asyncio.timeout(None) as cm2:
            cm2.reschedule(loop.time() + 0.05)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("timed out, expired:", cm2.expired())


asyncio.run(main())
