# A done callback that awaits inside a lambda-like plain function by calling result()
import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    raise ConnectionError("server closed the connection")

def on_done(task):
    print("callback sees:", task.result())

async def main():
    task = asyncio.create_task(fetch())
    task.add_done_callback(on_done)
    await asyncio.sleep(0.05)
    print("main finished")

asyncio.run(main())
