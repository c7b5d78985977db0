import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    return "data"

async def main():
    asyncio.wait_for(fetch(), timeout=1)
    await asyncio.sleep(0.02)
    print("done")

asyncio.run(main(), debug=True)
