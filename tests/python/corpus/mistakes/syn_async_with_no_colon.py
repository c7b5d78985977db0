import asyncio
async def main():
    async with asyncio.Lock() as l
        print(l)
asyncio.run(main())
