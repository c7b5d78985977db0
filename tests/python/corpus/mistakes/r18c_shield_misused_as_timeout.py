import asyncio


async def save(record):
    await asyncio.sleep(0.01)
    print("saved", record)


async def main():
    await asyncio.shield(save("a"), timeout=1)


asyncio.run(main())
