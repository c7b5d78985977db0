import asyncio

async def walk(n):
    if n == 0:
        return 0
    return 1 + await walk(n + 1)

async def main():
    try:
        print(await walk(3))
    except RecursionError as e:
        print("caught:", type(e).__name__, e)

asyncio.run(main())
