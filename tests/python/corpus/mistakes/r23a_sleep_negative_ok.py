import asyncio

async def main():
    for delay in (-1, 0, 0.01):
        await asyncio.sleep(delay)
        print("slept", delay)
    print(await asyncio.sleep(0.01, "payload"))

asyncio.run(main())
