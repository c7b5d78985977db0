# Use Task.get_stack while a task is suspended to see where it is waiting.
import asyncio

async def inner():
    await asyncio.sleep(0.1)

async def outer():
    await inner()

async def main():
    t = asyncio.create_task(outer(), name="outer-task")
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    print("lineno:", frames[0].f_lineno)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled; stack now:", t.get_stack())

asyncio.run(main())
