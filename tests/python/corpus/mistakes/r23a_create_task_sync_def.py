import asyncio

def sync_worker(n):
    print("working on", n)
    return n * 2

async def main():
    tasks = [asyncio.create_task(sync_worker(n)) for n in range(2)]
    print(await asyncio.gather(*tasks))

asyncio.run(main())
