# wait_for timing out in a nested helper; the TimeoutError is uncaught.
import asyncio

async def slow_step(i):
    await asyncio.sleep(0.05 * i)
    return i

async def run_steps():
    for i in range(1, 4):
        print("step", await asyncio.wait_for(slow_step(i), timeout=0.08))

asyncio.run(run_steps())
