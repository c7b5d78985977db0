# wait_for with a timeout shorter than the work.
import asyncio

async def slow():
    await asyncio.sleep(0.5)
    return "slow result"

async def main():
    print("waiting")
    result = await asyncio.wait_for(slow(), timeout=0.05)
    print(result)

asyncio.run(main())
