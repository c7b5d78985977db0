import asyncio

async def slow():
    await asyncio.sleep(1)
    return "slow result"

async def main():
    result = await asyncio.wait_for(slow(), timeout=0.05)
    print(result)

asyncio.run(main())
