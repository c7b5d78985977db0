import asyncio

async def load_lines():
    await asyncio.sleep(0)
    return ["a", "b", "c"]

async def main():
    lines = load_lines()
    print("number of lines:", len(lines))

asyncio.run(main())
