import asyncio

async def read_number():
    await asyncio.sleep(0)
    return "42"

async def main():
    value = int(read_number())
    print(value * 2)

asyncio.run(main())
