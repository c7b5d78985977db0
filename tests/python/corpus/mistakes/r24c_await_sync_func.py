import asyncio

def load():
    return [1, 2, 3]

async def main():
    data = await load()
    print(data)

asyncio.run(main())
