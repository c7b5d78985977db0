# A done callback that raises: the loop logs it and carries on.
import asyncio

def on_done(task):
    print("result is", task.result())
    raise RuntimeError("callback bug")

async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, result=42))
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.01)
    print("main still fine")

asyncio.run(main())
