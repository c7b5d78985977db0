import asyncio

def load():
    data = await asyncio.sleep(0.01, result="data")
    return data

async def main():
    print(load())

asyncio.run(main())
