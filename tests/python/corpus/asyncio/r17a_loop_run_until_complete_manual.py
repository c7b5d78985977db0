# a loop made by hand: run_until_complete, pending tasks, close
import asyncio

async def work(n):
    await asyncio.sleep(0.01)
    return n + 1

loop = asyncio.new_event_loop()
print(loop.run_until_complete(work(1)))
t = loop.create_task(work(10))
print(t.done())
print(loop.run_until_complete(t), t.done())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(work(0))
except RuntimeError as e:
    print('RuntimeError:', e)
