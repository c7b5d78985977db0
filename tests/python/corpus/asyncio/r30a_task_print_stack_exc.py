# print_stack() of a task that failed prints its traceback (to stderr here)
import asyncio
import sys

async def parse(text):
    await asyncio.sleep(0)
    return int(text)

async def main():
    t = asyncio.create_task(parse("twelve"), name="parser")
    await asyncio.wait([t])
    t.print_stack(file=sys.stderr)
    print("exception:", repr(t.exception()))

asyncio.run(main())
