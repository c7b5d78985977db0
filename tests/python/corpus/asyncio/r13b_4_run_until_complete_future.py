import asyncio

loop = asyncio.new_event_loop()
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "resolved by a timer")
print(loop.run_until_complete(fut))
task = loop.create_task(asyncio.sleep(0.01, "task result"))
print(loop.run_until_complete(task))
print(loop.run_until_complete(asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2))))
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
