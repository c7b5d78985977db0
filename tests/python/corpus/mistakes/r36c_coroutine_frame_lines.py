# inspecting a sleeping task's coroutine frame and its stack
import asyncio, sys

async def worker():
    await asyncio.sleep(0.01)
    await asyncio.sleep(0.05)
    return "ok"

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.02)
    coro = t.get_coro()
    print("paused at line", coro.cr_frame.f_lineno, coro.cr_frame.f_code.co_name)
    print("stack depth", len(t.get_stack()), [f.f_lineno for f in t.get_stack()])
    t.print_stack(file=sys.stderr)
    print(await t, coro.cr_frame)

asyncio.run(main())
