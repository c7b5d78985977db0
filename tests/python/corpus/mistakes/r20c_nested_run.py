# asyncio.run called inside a running loop
import asyncio

async def inner():
    return 1

async def main():
    print("outer running")
    return asyncio.run(inner())

asyncio.run(main())
