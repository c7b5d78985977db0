import asyncio

counter = 0

async def bump():
    await asyncio.sleep(0.01)
    counter = counter + 1

async def main():
    await asyncio.gather(bump(), bump())
    print(counter)

asyncio.run(main())
