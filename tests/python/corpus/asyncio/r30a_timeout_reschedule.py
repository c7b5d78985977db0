# asyncio.timeout(): look at its deadline, push it later with reschedule(), then let it expire
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("deadline None:", cm.when())
        cm.reschedule(loop.time() + 0.3)
        print("expired?", cm.expired())
        await asyncio.sleep(0.1)
    print("ok, expired?", cm.expired())
    try:
        async with asyncio.timeout(0.05) as cm2:
            cm2.reschedule(loop.time() + 0.15)
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), "expired:", cm2.expired())
    print(repr(cm2).split(" when=")[0])

asyncio.run(main())
