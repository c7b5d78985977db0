# asyncio.Runner (3.11) running several coroutines on the same loop
import asyncio

async def get_loop_id():
    return id(asyncio.get_running_loop())

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(10, 20)))
    same = runner.run(get_loop_id()) == runner.run(get_loop_id())
    print("same loop:", same)
    print(type(runner.get_loop()).__name__.endswith("EventLoop"))
print("closed loop after with:", runner.get_loop().is_closed() if False else "skip")
try:
    runner.run(add(1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
