# A conditional expression with no else part
import asyncio

async def main():
    debug = True
    delay = 0.01 if debug
    await asyncio.sleep(delay)
    print("slept", delay)

asyncio.run(main())
