# A done callback (a plain function) tries to await another coroutine.
import asyncio

async def log(msg):
    await asyncio.sleep(0)
    print(msg)

def on_done(task):
    await log(f"done: {task.result()}")

async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, result=5))
    t.add_done_callback(on_done)
    await t

asyncio.run(main())
