# asyncio.run given a number returned by a mistaken call
import asyncio

async def compute():
    return 3

async def main():
    return await compute()

result = asyncio.run(main())
print("result", result)
asyncio.run(result)
