import asyncio

async def main():
    n = 3
    print(f"waited {n} times)
    await asyncio.sleep(0)

asyncio.run(main())
