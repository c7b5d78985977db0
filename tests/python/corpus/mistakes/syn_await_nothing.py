import asyncio
async def main():
    return await
asyncio.run(main())
