import asyncio

async def main():
    print("before")
    await asyncio.sleeep(0.1)
    print("after")

asyncio.run(main())
