# asyncio.Runner runs several coroutines on one loop and closes it at the end
import asyncio

async def stage(n):
    await asyncio.sleep(0.001)
    return id(asyncio.get_running_loop())

with asyncio.Runner() as runner:
    a = runner.run(stage(1))
    b = runner.run(stage(2))
    print("same loop:", a == b)
    loop = runner.get_loop()
    print("closed inside:", loop.is_closed())
print("closed after:", loop.is_closed())
try:
    runner.run(stage(3))
except RuntimeError as e:
    print("RuntimeError:", e)
