# Looking at an asyncio.timeout() object's when() and expired() before, during and after it fires
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(None)
    print("when before entering:", cm.when(), "expired:", cm.expired())
    async with cm:
        cm.reschedule(loop.time() + 0.05)
        print("rescheduled, has deadline:", cm.when() is not None)
        try:
            await asyncio.sleep(0.2)
        except asyncio.CancelledError:
            print("inner sleep saw CancelledError")
            raise
    print("unreachable")


async def runner():
    try:
        await main()
    except TimeoutError as e:
        print("TimeoutError args:", e.args)
        tb = e.__traceback__
        print("context is CancelledError:", isinstance(e.__context__, asyncio.CancelledError))


asyncio.run(runner())
