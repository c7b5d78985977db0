import asyncio

async def main():
    x = 5
    if x > 3
        print("big")
    await asyncio.sleep(0)

asyncio.run(main())
