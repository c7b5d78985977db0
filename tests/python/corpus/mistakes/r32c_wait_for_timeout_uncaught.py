# wait_for times out and the TimeoutError is not caught.
import asyncio

async def slow():
    await asyncio.sleep(0.3)
    return "slow result"

async def main():
    print("waiting...")
    r = await asyncio.wait_for(slow(), timeout=0.05)
    print(r)

asyncio.run(main())
