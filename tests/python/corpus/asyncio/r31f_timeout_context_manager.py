# asyncio.timeout() (3.11): expire, reschedule, and check expired()
import asyncio

async def slow(d):
    await asyncio.sleep(d)
    return "slow done"

async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            await slow(1)
    except TimeoutError:
        print("timed out; expired =", cm.expired())
    async with asyncio.timeout(None) as cm:
        loop = asyncio.get_running_loop()
        cm.reschedule(loop.time() + 0.5)
        print(await slow(0.01))
    print("expired:", cm.expired())
    async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.01):
        await slow(0.5)

asyncio.run(main())
