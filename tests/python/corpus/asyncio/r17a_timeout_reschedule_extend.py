# reschedule() moves a timeout's deadline later so slow work can finish
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.1) as cm:
        await asyncio.sleep(0.05)
        cm.reschedule(loop.time() + 0.3)
        await asyncio.sleep(0.15)
        print('survived past the first deadline')
    try:
        async with asyncio.timeout(1) as cm:
            cm.reschedule(loop.time() + 0.05)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print('earlier deadline hit')

asyncio.run(main())
