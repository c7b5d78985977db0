import asyncio

async def cleanup():
    print("cleaning up")

def on_done(fut):
    print("callback got", fut.result())
    asyncio.run(cleanup())

async def main():
    task = asyncio.create_task(asyncio.sleep(0.01, result="ok"))
    task.add_done_callback(on_done)
    await task
    await asyncio.sleep(0.01)
    print("main finished")

asyncio.run(main())
