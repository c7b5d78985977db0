# asyncio.Runner keeps one loop across run() calls; state set in one run is seen in the next
import asyncio

cache = {}


async def fill(key):
    loop = asyncio.get_running_loop()
    cache[key] = loop
    await asyncio.sleep(0.01)
    return key.upper()


async def check():
    return asyncio.get_running_loop() is cache["a"]


with asyncio.Runner() as runner:
    print(runner.run(fill("a")))
    print(runner.run(fill("b")))
    print("same loop:", runner.run(check()))
    loop = runner.get_loop()
    print("closed inside:", loop.is_closed(), "running:", loop.is_running())
print("closed after:", loop.is_closed())
try:
    runner.run(fill("c"))
except RuntimeError as e:
    print("RuntimeError:", e)
