# asyncio.Runner runs several coroutines on one loop: a Queue made in the first run works in the second
import asyncio

async def setup():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i * i)
    return q

async def drain(q):
    out = []
    while not q.empty():
        out.append(await q.get())
    return out

with asyncio.Runner() as runner:
    q = runner.run(setup())
    loop = runner.get_loop()
    print("loop running between runs?", loop.is_running())
    print(runner.run(drain(q)))
    print("same loop:", runner.get_loop() is loop)
print("closed after with:", loop.is_closed())
try:
    runner.run(drain(q))
except RuntimeError as e:
    print("RuntimeError:", e)
