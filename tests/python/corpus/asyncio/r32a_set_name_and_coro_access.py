# set_name with a non-string, get_coro after completion, task naming defaults
import asyncio

async def payload():
    return 3

async def main():
    t = asyncio.create_task(payload(), name=None)
    print(t.get_name().startswith("Task-"))
    t.set_name(12345)
    print(repr(t.get_name()))
    c = t.get_coro()
    await t
    print(c is t.get_coro(), c.__name__, c.__qualname__, c.cr_frame)
    t2 = asyncio.create_task(payload(), name=("a", 1))
    print(repr(t2.get_name()))
    await t2

asyncio.run(main())
