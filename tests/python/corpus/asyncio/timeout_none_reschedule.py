# asyncio.timeout(None): when() is None, reschedule() sets a deadline later, expired() before and after.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print('when', cm.when())
            cm.reschedule(loop.time() + 0.05)
            print('expired?', cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print('timed out; expired:', cm.expired())
    async with asyncio.timeout(1) as cm2:
        await asyncio.sleep(0.01)
    print('not expired:', cm2.expired())

asyncio.run(main())
