import asyncio

async def fetch_name(uid):
    await asyncio.sleep(0)
    name = {1: "ada", 2: "linus"}[uid]

async def main():
    name = await fetch_name(1)
    print("name:", name)
    print(name.upper())

asyncio.run(main())
