import asyncio

async def main():
    result = await asyncio.gather(
        asyncio.sleep(0.01, result=1),
        asyncio.sleep(0.01, result=2)
    print(result)

asyncio.run(main())
