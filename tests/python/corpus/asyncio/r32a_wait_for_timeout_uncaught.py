# wait_for timing out with nobody catching it: the traceback chain
import asyncio

async def slow():
    await asyncio.sleep(1)
    return "late"

async def main():
    print("starting")
    value = await asyncio.wait_for(slow(), timeout=0.05)
    print(value)

asyncio.run(main())
