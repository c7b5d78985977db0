import asyncio
import time

async def slow():
    time.sleep(0.2)
    return "finished anyway"

async def main():
    try:
        result = await asyncio.wait_for(slow(), timeout=0.05)
        print("result:", result)
    except asyncio.TimeoutError:
        print("timed out")

asyncio.run(main())
