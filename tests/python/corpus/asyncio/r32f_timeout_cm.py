# asyncio.timeout() context manager (3.11): catch the TimeoutError and check expired()
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("the operation timed out")
    print("expired:", cm.expired())

    async with asyncio.timeout(0.5) as cm2:
        await asyncio.sleep(0.01)
    print("expired:", cm2.expired())

    async with asyncio.timeout(None) as cm3:
        await asyncio.sleep(0.01)
    print("when:", cm3.when())

asyncio.run(main())
