# await in a plain function defined inside an async one
import asyncio

async def main():
    def helper(x):
        await asyncio.sleep(0.1)
        return x * 2
    print(helper(21))

asyncio.run(main())
