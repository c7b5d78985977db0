import asyncio

async def step(n):
    await asyncio.sleep(0)
    return n * n

with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(step(3)))
    print(runner.run(step(4)))
    print(runner.get_loop() is loop, loop.is_closed())
print('closed after with:', loop.is_closed())
try:
    runner.run(step(5))
except RuntimeError as e:
    print('RuntimeError:', e)
runner.close()
r = asyncio.Runner()
r.close()
try:
    r.get_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
