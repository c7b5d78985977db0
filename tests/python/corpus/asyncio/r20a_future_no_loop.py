# asyncio.Future() created outside any running loop in 3.11, then awaited with run_until_complete.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    fut = asyncio.Future()
    print('same loop:', fut.get_loop() is loop)
    loop.call_later(0.1, fut.set_result, 42)
    print('result:', loop.run_until_complete(fut))
finally:
    loop.close()
