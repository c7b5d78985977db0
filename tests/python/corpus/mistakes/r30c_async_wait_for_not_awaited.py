# Forgetting await before asyncio.wait_for.
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    return 5

async def main():
    result = asyncio.wait_for(slow(), timeout=1)
    print("got", type(result).__name__)
    print(result + 1)

asyncio.run(main())
