import asyncio
async def main():
    await asyncio.wait_for(1, asyncio.sleep(0))
asyncio.run(main())
