import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            print("expired before?", cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out; expired?", cm.expired())
    async with asyncio.timeout(None) as cm2:
        print("deadline:", cm2.when())
        await asyncio.sleep(0.01)
    print("no timeout; expired?", cm2.expired())
    async with asyncio.timeout(1) as cm3:
        await asyncio.sleep(0.01)
    print("fast enough; expired?", cm3.expired())

asyncio.run(main())
