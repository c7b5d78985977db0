# A division by zero hidden inside an f-string
import asyncio

async def rate(done, seconds):
    await asyncio.sleep(0.01)
    return f"{done} items at {done / seconds:.1f} per second"

async def main():
    print(await rate(10, 4))
    print(await rate(10, 0))

asyncio.run(main())
