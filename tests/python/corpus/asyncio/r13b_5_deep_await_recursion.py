import asyncio

async def countdown(n):
    if n == 0:
        return 0
    return 1 + await countdown(n - 1)

async def main():
    print(await countdown(100))
    try:
        await countdown(100000)
    except RecursionError as e:
        print("RecursionError:", e)

asyncio.run(main())
