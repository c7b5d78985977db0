import asyncio

async def main():
    count = 3
    for i in count:
        await asyncio.sleep(0.01)
        print("round", i)

asyncio.run(main())
