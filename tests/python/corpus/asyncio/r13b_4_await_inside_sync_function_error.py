import asyncio

async def get_data():
    return [1, 2, 3]

def process():
    data = get_data()
    return sum(data)

async def main():
    print(process())

asyncio.run(main())
