# looking at a coroutine's state before, during and after it fails
import asyncio

async def job():
    await asyncio.sleep(0.01)
    raise ValueError("job failed")

async def main():
    c = job()
    print("created:", c.cr_running, c.cr_frame is not None, c.cr_await)
    t = asyncio.create_task(c)
    await asyncio.sleep(0)
    print("sleeping:", c.cr_running, type(c.cr_await).__name__, c.cr_frame.f_lineno)
    try:
        await t
    except ValueError:
        print("after:", c.cr_running, c.cr_frame, c.cr_await)
    stack = t.get_stack()
    print("stack of failed task:", [(f.f_code.co_name, f.f_lineno) for f in stack])

asyncio.run(main())
