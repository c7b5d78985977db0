import asyncio

async def fetch_data():
    await asyncio.sleep(0.01)
    return {"data": 1}

async def main():
    fetch_data()
    await asyncio.sleep(0.01)
    print("forgot to await")

asyncio.run(main(), debug=True)
