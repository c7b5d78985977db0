# len() given two arguments instead of one.
import asyncio

async def main():
    names = ["a", "b"]
    extra = ["c"]
    print(len(names))
    print(len(names, extra))

asyncio.run(main())
