import asyncio

async def main():
    await asyncio.sleep 0.1
    print("slept")

asyncio.run(main())
