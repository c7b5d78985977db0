# a done callback that reads a key from the task's result
import asyncio

async def fetch():
    await asyncio.sleep(0.01)
    return {"status": 200}

def on_done(task):
    print("body:", task.result()["body"])

async def main():
    t = asyncio.create_task(fetch())
    t.add_done_callback(on_done)
    await t
    await asyncio.sleep(0.01)
    print("end of main")

asyncio.run(main())
