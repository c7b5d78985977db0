import asyncio

async def main():
    if True:
    print("x")

asyncio.run(main())
