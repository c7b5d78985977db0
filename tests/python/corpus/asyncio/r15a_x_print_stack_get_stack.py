# Task.get_stack() on a suspended task, as the docs' introspection section shows
import asyncio

async def inner():
    await asyncio.sleep(1)

async def outer():
    await inner()

async def main():
    t = asyncio.create_task(outer(), name="outer-task")
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    print([f.f_lineno for f in frames], t.get_stack(limit=1)[0] is frames[0])
    t.cancel()

asyncio.run(main())
