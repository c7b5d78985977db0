# Closing a hand-made loop with a task still pending: "Task was destroyed but it is pending!"
import asyncio
import gc


async def forever(name):
    print(name, "started")
    await asyncio.sleep(10)


loop = asyncio.new_event_loop()
t = loop.create_task(forever("bg"), name="background")
loop.run_until_complete(asyncio.sleep(0.01))
print("pending:", not t.done())
loop.close()
del t
gc.collect()
print("end of program")
