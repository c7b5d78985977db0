import asyncio

async def get_count():
    await asyncio.sleep(0)
    return 3

async def main():
    row = ["-"] * get_count()
    print("".join(row))

asyncio.run(main())
