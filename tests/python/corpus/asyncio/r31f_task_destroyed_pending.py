# Closing a loop with a task still pending: "Task was destroyed but it is pending!"
import asyncio
import gc

async def never_finishes():
    await asyncio.sleep(10)

loop = asyncio.new_event_loop()
task = loop.create_task(never_finishes())
loop.run_until_complete(asyncio.sleep(0.01))
print("pending:", not task.done())
loop.close()
del task
gc.collect()
print("end of program")
