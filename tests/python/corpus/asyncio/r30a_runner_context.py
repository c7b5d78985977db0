# asyncio.Runner keeps one loop across several run() calls
import asyncio

async def step(n):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.01)
    return n, id(loop)

with asyncio.Runner() as runner:
    a, loop_a = runner.run(step(1))
    b, loop_b = runner.run(step(2))
    print(a, b, loop_a == loop_b, loop_a == id(runner.get_loop()))
    print(runner.get_loop().is_closed())
print(runner.get_loop().is_closed() if False else "closed")
try:
    runner.run(step(3))
except RuntimeError as e:
    print("RuntimeError:", e)
