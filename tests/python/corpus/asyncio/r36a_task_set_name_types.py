# Task names given as numbers or None, set_name after completion, and the default counter names
import asyncio


async def noop():
    return None


async def main():
    a = asyncio.create_task(noop(), name=123)
    b = asyncio.create_task(noop(), name=None)
    print(repr(a.get_name()), b.get_name().startswith("Task-"))
    await asyncio.gather(a, b)
    a.set_name(("tuple", 1))
    print(repr(a.get_name()))
    a.set_name(4.5)
    print(repr(a.get_name()))
    print(type(asyncio.current_task().get_name()).__name__)


asyncio.run(main())
