import asyncio

async def compute(number):
    await asyncio.sleep(0.01)
    return nubmer * 2

async def main():
    tasks = [asyncio.create_task(compute(n)) for n in range(3)]
    print(await asyncio.gather(*tasks))

asyncio.run(main())
