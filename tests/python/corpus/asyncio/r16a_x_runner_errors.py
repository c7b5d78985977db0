# Runner's refusals: a non-coroutine, a run inside a running loop, and its loop after close
import asyncio

async def inner_run(r):
    try:
        r.run(asyncio.sleep(0))
    except RuntimeError as e:
        print('RuntimeError:', e)

async def noop():
    pass

r = asyncio.Runner()
try:
    r.run(noop)
except ValueError as e:
    print('ValueError:', str(e).split(' at 0x')[0])
with asyncio.Runner() as r2:
    r2.run(inner_run(r2))
loop = r.get_loop()
r.close()
print(loop.is_closed())
try:
    r.get_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
