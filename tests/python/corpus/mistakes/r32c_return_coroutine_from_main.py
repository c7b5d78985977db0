# main returns a coroutine instead of awaiting it.
import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 99

async def main():
    return compute()

result = asyncio.run(main())
print(type(result).__name__)
