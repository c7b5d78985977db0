# Start a background job early, do other work, then await its result later
import asyncio

async def download_report():
    print("download started")
    await asyncio.sleep(0.3)
    print("download finished")
    return {"rows": 120}

async def main():
    report_task = asyncio.create_task(download_report())
    print("doing other work")
    for step in range(3):
        await asyncio.sleep(0.01)
        print("step", step, "report done?", report_task.done())
    report = await report_task
    print("report:", report, "done?", report_task.done())
    print("awaiting again gives the same:", await report_task)

asyncio.run(main())
