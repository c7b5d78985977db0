import asyncio


async def read_lines():
    for line in ["10", "x", "3", "", "7", "-2"]:
        await asyncio.sleep(0.001)
        yield line


async def parse(lines):
    async for line in lines:
        try:
            yield int(line)
        except ValueError:
            print(f"skipping {line!r}")


async def positive(nums):
    async for n in nums:
        if n > 0:
            yield n


async def main():
    total = 0
    async for n in positive(parse(read_lines())):
        print("value", n)
        total += n
    print("total", total)


asyncio.run(main())
