import asyncio

async def on_done(task):
    print("done with", task.result())

async def main():
    task = asyncio.create_task(asyncio.sleep(0.01, result=7))
    task.add_done_callback(on_done)
    await task
    await asyncio.sleep(0.01)
    print("finished")

asyncio.run(main())
