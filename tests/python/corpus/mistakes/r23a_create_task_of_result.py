import asyncio

def compute():
    return 123

async def main():
    task = asyncio.create_task(compute())
    print(await task)

asyncio.run(main())
