import asyncio

async def fetch(name):
    await asyncio.sleep(0)
    return len(name)

async def main():
    jobs = {"alpha": fetch("alpha"), "be": fetch("be")}
    results = await asyncio.gather(*jobs)
    print(results)

asyncio.run(main())
