# a done callback that formats the result, but the result is a dict
import asyncio

def announce(task):
    print("finished: " + task.result())

async def fetch():
    await asyncio.sleep(0.01)
    return {"id": 1}

async def main():
    t = asyncio.create_task(fetch(), name="fetcher")
    t.add_done_callback(announce)
    await t
    await asyncio.sleep(0.01)
    print("main goes on")

asyncio.run(main())
