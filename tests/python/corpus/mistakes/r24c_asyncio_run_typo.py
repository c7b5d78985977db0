import asyncio

async def main():
    print("hi")

asyncio.Run(main())
