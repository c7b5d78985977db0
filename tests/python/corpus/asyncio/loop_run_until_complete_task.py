# run_until_complete(task) of tasks made before the loop runs, one failing uncaught
import asyncio

async def boom():
    await asyncio.sleep(0)
    raise KeyError("k")

async def after():
    print(asyncio.current_task().get_name())

loop = asyncio.get_event_loop()
t = loop.create_task(boom())
try:
    loop.run_until_complete(t)
except KeyError as e:
    print("KeyError", e)
t2 = loop.create_task(after())
loop.run_until_complete(t2)
print(loop.run_until_complete(t2))
t3 = loop.create_task(boom())
loop.run_until_complete(t3)
