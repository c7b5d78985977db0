import asyncio

def get_name():
    return "server-1"

async def main():
    name = await get_name()
    print("name:", name)

asyncio.run(main())
