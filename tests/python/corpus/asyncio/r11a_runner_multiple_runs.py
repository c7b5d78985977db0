import asyncio

state = {"hits": 0}


async def hit(n):
    await asyncio.sleep(0.01)
    state["hits"] += n
    return state["hits"]


with asyncio.Runner() as runner:
    loop = runner.get_loop()
    print(runner.run(hit(1)))
    print(runner.run(hit(10)))
    print(runner.get_loop() is loop, loop.is_closed())
print(loop.is_closed())
try:
    runner.run(hit(100))
except RuntimeError as e:
    print("RuntimeError:", e)
