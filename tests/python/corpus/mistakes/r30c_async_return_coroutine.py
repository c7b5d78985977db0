# main returns a coroutine it forgot to await.
import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 10

async def main():
    return compute()

result = asyncio.run(main())
print(type(result).__name__)
print(result + 1)
