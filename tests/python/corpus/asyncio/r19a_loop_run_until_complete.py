# run_until_complete with a coroutine, a Future, a Task; errors of a running/closed loop
import asyncio

async def compute(x):
    await asyncio.sleep(0.1)
    return x + 1

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(compute(1)))
fut = loop.create_future()
loop.call_later(0.1, fut.set_result, 'from future')
print(loop.run_until_complete(fut))
task = loop.create_task(compute(10), name='named')
print(task.get_name(), loop.run_until_complete(task))

async def nested():
    try:
        loop.run_until_complete(compute(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("RuntimeError:", e)

loop.run_until_complete(nested())
other = asyncio.new_event_loop()
fut2 = other.create_future()
try:
    loop.run_until_complete(fut2)
except ValueError as e:
    print("ValueError:", e)
other.close()
loop.close()
coro = compute(5)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
asyncio.set_event_loop(None)
