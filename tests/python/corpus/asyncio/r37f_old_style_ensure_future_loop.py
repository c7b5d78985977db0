# Old tutorial style: new_event_loop, ensure_future(..., loop=loop), run_until_complete, close
import asyncio

async def hello(name, d):
    await asyncio.sleep(d)
    print("hello", name)
    return len(name)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    t1 = asyncio.ensure_future(hello("world", 0.02), loop=loop)
    t2 = loop.create_task(hello("asyncio", 0.01))
    print("running before:", loop.is_running(), "| tasks pending:", not t1.done())
    print(loop.run_until_complete(asyncio.gather(t1, t2)))
    print(loop.run_until_complete(hello("again", 0)))
finally:
    loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(hello("late", 0))
except RuntimeError as e:
    print("RuntimeError:", e)
