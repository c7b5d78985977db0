# wait_for and sleep coroutines built before the loop runs, run with run_until_complete
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = loop.create_future()
loop.call_later(0.3, fut.set_result, "late")
try:
    loop.run_until_complete(asyncio.wait_for(fut, 0.05))
except asyncio.TimeoutError:
    print("timed out; future cancelled:", fut.cancelled())
t = loop.create_task(asyncio.sleep(0.01, result="slept"))
print(loop.run_until_complete(asyncio.wait_for(t, 1)))
loop.close()
