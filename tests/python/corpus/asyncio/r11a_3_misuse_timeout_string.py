import asyncio


async def main():
    try:
        await asyncio.sleep("0.1")
    except TypeError as e:
        print("sleep:", e)
    async with asyncio.timeout("1"):
        await asyncio.sleep(0)


asyncio.run(main())
