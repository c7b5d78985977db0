# create_task called at module level, outside any running loop
import asyncio

async def job():
    print("job ran")

try:
    task = asyncio.create_task(job())
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
task = loop.create_task(job())
print("created on a loop that is not running:", task.done())
loop.run_until_complete(task)
loop.close()
