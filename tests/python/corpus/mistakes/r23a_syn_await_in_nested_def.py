import asyncio

async def main():
    def helper():
        return await asyncio.sleep(0, result=3)
    print(helper())

asyncio.run(main())
