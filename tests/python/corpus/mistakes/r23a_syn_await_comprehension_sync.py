import asyncio

async def fetch(i):
    return i

def collect(n):
    return [await fetch(i) for i in range(n)]

async def main():
    print(collect(3))

asyncio.run(main())
