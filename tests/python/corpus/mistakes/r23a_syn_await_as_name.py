import asyncio

async def main():
    await = asyncio.sleep(0)
    print("assigned")

asyncio.run(main())
