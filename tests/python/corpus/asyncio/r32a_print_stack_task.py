# Task.get_stack and print_stack for a suspended task (written to stderr)
import asyncio
import sys

async def deep(n):
    if n == 0:
        await asyncio.sleep(0.05)
        return "bottom"
    return await deep(n - 1)

async def main():
    t = asyncio.create_task(deep(2), name="digger")
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    t.print_stack(file=sys.stderr)
    print(await t, t.get_stack())

asyncio.run(main())
