import asyncio

async def read_line():
    await asyncio.sleep(0)
    return "alice,30"

async def main():
    name, age = read_line().split(",")
    print(name, age)

asyncio.run(main())
