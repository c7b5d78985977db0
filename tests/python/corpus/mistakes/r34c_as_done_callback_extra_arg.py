# Passing an extra argument to add_done_callback like call_soon
import asyncio

def report(label, task):
    print(label, "->", task.result())

async def job():
    await asyncio.sleep(0.01)
    return 5

async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(report, "job")
    await t

asyncio.run(main())
