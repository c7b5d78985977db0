# asyncio.Runner runs several coroutines on one loop and closes it at the end
import asyncio

async def value(n):
    await asyncio.sleep(0.01)
    return n, id(asyncio.get_running_loop())

with asyncio.Runner() as runner:
    a, loop_a = runner.run(value(1))
    b, loop_b = runner.run(value(2))
    print(a, b, loop_a == loop_b, loop_a == id(runner.get_loop()))
    loop = runner.get_loop()
print(loop.is_closed())
try:
    runner.run(value(3))
except RuntimeError as e:
    print('RuntimeError:', e)
