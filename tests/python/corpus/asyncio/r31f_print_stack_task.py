# Inspecting where a task is suspended with get_stack() and its frames
import asyncio

async def deep(n):
    if n == 0:
        await asyncio.sleep(0.1)
        return "bottom"
    return await deep(n - 1)

async def main():
    t = asyncio.create_task(deep(2), name="digger")
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    print(frames[0].f_lineno, frames[0].f_locals.get("n"))
    print(await t)
    print(t.get_stack())

asyncio.run(main())
