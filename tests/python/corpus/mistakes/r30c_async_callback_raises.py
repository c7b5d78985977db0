# A done callback with a bug: the loop reports it and carries on.
import asyncio

def report(task):
    print("result is " + task.result())

async def job():
    await asyncio.sleep(0.01)
    return 5

async def main():
    t = asyncio.create_task(job(), name="job-1")
    t.add_done_callback(report)
    await t
    await asyncio.sleep(0.01)
    print("main still runs")

asyncio.run(main())
