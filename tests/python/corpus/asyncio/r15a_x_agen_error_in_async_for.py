# An error raised inside an async generator surfaces at the async for, with both frames
import asyncio

async def read_lines(lines):
    for n, line in enumerate(lines, 1):
        await asyncio.sleep(0)
        if not line:
            raise ValueError(f"empty line {n}")
        yield line.upper()

async def main():
    async for line in read_lines(["alpha", "beta", "", "delta"]):
        print(line)

asyncio.run(main())
