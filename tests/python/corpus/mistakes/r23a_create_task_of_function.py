import asyncio

async def job():
    return 1

async def main():
    t = asyncio.create_task(print("job started"))
    await t

asyncio.run(main())
