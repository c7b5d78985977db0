import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i == 2:
        raise ConnectionError(f"server {i} unreachable")
    return i

async def main():
    tasks = [asyncio.create_task(fetch(i)) for i in range(4)]
    results = await asyncio.gather(*tasks)
    print(results)

asyncio.run(main())
