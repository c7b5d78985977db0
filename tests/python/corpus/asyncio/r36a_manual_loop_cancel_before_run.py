# A task created on a manual loop and cancelled before the loop ever runs: its body never starts
import asyncio

started = []


async def body():
    started.append(True)
    return "ran"


loop = asyncio.new_event_loop()
task = loop.create_task(body(), name="early")
print("cancel:", task.cancel("before the loop ran"))
print("cancelling:", task.cancelling(), "done:", task.done())
try:
    loop.run_until_complete(task)
except asyncio.CancelledError as e:
    print("CancelledError", e.args, "started:", started)
print(task.cancelled())
loop.close()
