# asyncio.Runner to run several coroutines on the same loop
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    loop = asyncio.get_running_loop()
    return n, id(loop)

with asyncio.Runner() as runner:
    a, loop_a = runner.run(step(1))
    b, loop_b = runner.run(step(2))
    print(a, b, "same loop:", loop_a == loop_b)
    print(type(runner.get_loop()).__name__)
print("closed:", runner.get_loop().is_closed())
try:
    runner.run(step(3))
except RuntimeError as e:
    print("RuntimeError:", e)
