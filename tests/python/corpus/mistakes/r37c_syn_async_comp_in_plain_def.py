# collecting lines from an async generator in a plain helper function
import asyncio

async def lines():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield f"line {i}"

def collect():
    return [l async for l in lines()]

async def main():
    print(collect())

asyncio.run(main())
