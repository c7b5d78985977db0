import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("visible error")

async def main():
    task = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("exception:", repr(task.exception()))
    print("main finished cleanly")

asyncio.run(main())
