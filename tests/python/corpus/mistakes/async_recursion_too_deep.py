import asyncio

async def fact(n):
    if n <= 1:
        return 1
    return n * await fact(n - 1)

async def main():
    print(await fact(2000))

asyncio.run(main())
