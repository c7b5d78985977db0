# task.get_stack() and print_stack() of a task suspended three awaits deep, and of a finished one
import asyncio
import sys


async def level3():
    await asyncio.sleep(0.1)


async def level2():
    await level3()


async def level1():
    await level2()


async def main():
    t = asyncio.create_task(level1(), name="deep")
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print([f.f_code.co_name for f in frames])
    print([f.f_code.co_name for f in t.get_stack(limit=1)])
    t.print_stack(file=sys.stderr)
    await t
    print("finished stack:", t.get_stack())


asyncio.run(main())
