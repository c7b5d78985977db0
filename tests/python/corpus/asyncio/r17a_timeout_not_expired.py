# a timeout block that finishes in time: expired() is False, when() stays set
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.5) as cm:
        await asyncio.sleep(0.05)
        left = cm.when() - loop.time()
    print('expired:', cm.expired(), 'time left > 0.3:', left > 0.3)
    async with asyncio.timeout(None) as cm2:
        await asyncio.sleep(0.01)
    print('when:', cm2.when(), 'expired:', cm2.expired())

asyncio.run(main())
