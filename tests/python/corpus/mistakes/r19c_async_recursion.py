# An async recursive function without a base case
import asyncio

async def countdown(n):
    if n % 200 == 0:
        await asyncio.sleep(0)
    return await countdown(n - 1)

async def main():
    try:
        await countdown(10)
    except RecursionError as e:
        print("RecursionError:", e)
    await countdown(3)

asyncio.run(main())
