# used asyncio.Runner to run two steps in the same loop; a task from step one is awaited in step two
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label

async def step_one():
    global background
    background = asyncio.create_task(worker('background', 0.1))
    return await worker('one', 0.02)

async def step_two():
    print('background done yet?', background.done())
    return await background, await worker('two', 0.02)

with asyncio.Runner() as runner:
    print('step one:', runner.run(step_one()))
    print('step two:', runner.run(step_two()))
    print('same loop both times:', background.get_loop() is runner.get_loop())
print('closed loop?', runner.get_loop().is_closed())
