import asyncio

async def total_seconds():
    await asyncio.sleep(0)
    return 125

async def main():
    minutes, seconds = divmod(total_seconds(), 60)
    print(f"{minutes}m {seconds}s")

asyncio.run(main())
