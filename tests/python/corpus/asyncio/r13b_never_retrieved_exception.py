import asyncio

async def fails():
    await asyncio.sleep(0.01)
    raise ValueError("nobody looks at me")

async def main():
    task = asyncio.create_task(fails())
    await asyncio.sleep(0.05)
    print("task done:", task.done())
    del task
    print("after del")

asyncio.run(main())
print("end of program")
