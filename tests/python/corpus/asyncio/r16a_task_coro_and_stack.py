# get_coro() of a task, get_stack() while suspended and after finishing
import asyncio

async def sleeper():
    await asyncio.sleep(0.1)

async def main():
    c = sleeper()
    t = asyncio.create_task(c)
    print(t.get_coro() is c)
    await asyncio.sleep(0)
    frames = t.get_stack()
    print(len(frames), frames[0].f_code.co_name)
    await t
    print(t.get_stack())
    print(t.get_coro() is c, c.cr_frame)

asyncio.run(main())
