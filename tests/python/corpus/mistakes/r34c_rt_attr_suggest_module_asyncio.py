# Misremembered the name of asyncio's timeout helper
import asyncio

async def slow():
    await asyncio.sleep(0.2)

async def main():
    try:
        await asyncio.wait_until(slow(), 0.05)
    except asyncio.TimeoutError:
        print("timed out")

asyncio.run(main())
