import asyncio

async def main():
    with asyncio.timeout(0.1):
        await asyncio.sleep(0.01)
    print("done")

asyncio.run(main())
