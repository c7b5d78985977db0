import asyncio

async def fetch_data():
    await asyncio.sleep(0)
    return {"ok": True}

async def main():
    data = await fetch_data
    print(data)

asyncio.run(main())
