import asyncio

async def username(i):
    await asyncio.sleep(0)
    return f"user{i}"

async def main():
    names = [username(i) for i in range(3)]
    print(", ".join(names))

asyncio.run(main())
