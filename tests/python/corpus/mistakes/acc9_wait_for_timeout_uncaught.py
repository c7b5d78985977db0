# wait_for's timeout left uncaught.
import asyncio

async def slow():
    await asyncio.sleep(1)
    return "slow"

async def main():
    print("waiting")
    print(await asyncio.wait_for(slow(), timeout=0.2))

asyncio.run(main())
