import asyncio

async def get_data():
    await asyncio.sleep(0.01)
    return [1, 2, 3]

def main():
    data = await get_data()
    print(sum(data))

main()
