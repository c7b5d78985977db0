# Mistake: returning a value from an async generator is a SyntaxError.
import asyncio

async def read_all(lines):
    count = 0
    for line in lines:
        await asyncio.sleep(0)
        count += 1
        yield line
    return count

async def main():
    async for line in read_all(["a", "b"]):
        print(line)

asyncio.run(main())
