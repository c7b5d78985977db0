# asyncio.Runner runs several coroutines on one loop and closes it at the end
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return asyncio.get_running_loop(), n * 3

with asyncio.Runner() as runner:
    loop1, a = runner.run(step(1))
    loop2, b = runner.run(step(2))
    print(a, b, "same loop:", loop1 is loop2, loop1 is runner.get_loop())
print("closed after with:", loop1.is_closed())
