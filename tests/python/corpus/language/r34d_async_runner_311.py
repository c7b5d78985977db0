# asyncio.Runner (3.11): several top-level calls sharing one loop, and run() after close
import asyncio

counter = {"n": 0}

async def step(label):
    await asyncio.sleep(0.01)
    counter["n"] += 1
    return f"{label}:{counter['n']}"

with asyncio.Runner() as runner:
    print(runner.run(step("a")))
    print(runner.run(step("b")))
    loop = runner.get_loop()
    print(loop.is_running(), loop.is_closed())
print(loop.is_closed())

runner = asyncio.Runner()
print(runner.run(step("c")))
runner.close()
try:
    runner.run(step("d"))
except RuntimeError as e:
    print("RuntimeError:", e)
