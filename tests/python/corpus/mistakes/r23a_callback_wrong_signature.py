import asyncio

def on_done():
    print("done!")

async def main():
    task = asyncio.create_task(asyncio.sleep(0.01))
    task.add_done_callback(on_done)
    await task
    await asyncio.sleep(0.01)
    print("finished")

asyncio.run(main())
