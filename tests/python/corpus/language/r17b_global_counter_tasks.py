# A global counter incremented by tasks; forgetting global raises UnboundLocalError
import asyncio

counter = 0

async def good():
    global counter
    await asyncio.sleep(0.01)
    counter += 1

async def bad():
    await asyncio.sleep(0.01)
    counter += 1

async def main():
    await asyncio.gather(*(good() for _ in range(5)))
    print('counter =', counter)
    await bad()

asyncio.run(main())
