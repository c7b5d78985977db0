# An async function that recurses without a base case.
import asyncio

async def countdown(n):
    return await countdown(n - 1)

async def main():
    try:
        await countdown(10)
    except RecursionError as e:
        print("RecursionError:", e)

asyncio.run(main())
