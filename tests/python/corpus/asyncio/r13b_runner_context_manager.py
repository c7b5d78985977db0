import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add(3, 4)))
    loop = runner.get_loop()
    print(loop.is_closed(), loop.is_running())
print("closed after with:", loop.is_closed())

runner = asyncio.Runner(debug=True)
print(runner.run(add(10, 20)))
print(runner.get_loop().get_debug())
runner.close()
try:
    runner.run(add(0, 0))
except RuntimeError as e:
    print("RuntimeError:", e)
