# asyncio.Runner runs several coroutines on one loop; its loop survives between runs and is closed at the end.
import asyncio

async def which():
    return id(asyncio.get_running_loop())

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

with asyncio.Runner() as r:
    first = r.run(which())
    print(r.run(add(2, 3)))
    print('same loop:', r.run(which()) == first == id(r.get_loop()))
    loop = r.get_loop()
print('closed:', loop.is_closed())
try:
    r.run(add(1, 1))
except RuntimeError as e:
    print('RuntimeError:', e)
