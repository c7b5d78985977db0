# gathering the same request twice to compare the answers
import asyncio

async def ask():
    await asyncio.sleep(0.01)
    print("asking")
    return 42

async def main():
    req = ask()
    print(await asyncio.gather(req, req))
    print(await asyncio.gather(req))

asyncio.run(main())
