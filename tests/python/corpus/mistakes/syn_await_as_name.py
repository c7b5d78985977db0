import asyncio
async def main():
    await = 3
asyncio.run(main())
