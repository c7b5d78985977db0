# a blocking parser run in a thread; it fails on bad input
import asyncio

def parse(text):
    return [int(p) for p in text.split(",")]

async def main():
    print(await asyncio.to_thread(parse, "1,2,3"))
    print(await asyncio.to_thread(parse, "4,five"))

asyncio.run(main())
