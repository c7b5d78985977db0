# An exception from a function run by to_thread, uncaught: how its traceback reads
import asyncio

def parse_file_contents(text):
    rows = text.splitlines()
    return [int(r) for r in rows]

async def main():
    data = "1\n2\nthree\n4"
    numbers = await asyncio.to_thread(parse_file_contents, data)
    print(sum(numbers))

asyncio.run(main())
