# await at the module level instead of asyncio.run(main())
import asyncio

async def main():
    print("hello")
    await asyncio.sleep(0.1)
    print("world")

await main()
