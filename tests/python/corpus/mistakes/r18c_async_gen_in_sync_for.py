import asyncio


async def read_lines(text):
    for line in text.splitlines():
        await asyncio.sleep(0)
        yield line.strip()


async def main():
    count = 0
    for line in read_lines("a\nb\nc"):
        count += 1
    print(count)


asyncio.run(main())
