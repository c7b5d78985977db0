import asyncio

async def load_lines():
    await asyncio.sleep(0)
    return ["x", "y"]

async def main():
    print("lines:", len(load_lines()))

asyncio.run(main())
