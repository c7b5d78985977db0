# The old asyncio documentation's Future examples: a Future made before the loop runs
import asyncio

async def slow_operation(future):
    await asyncio.sleep(0.1)
    future.set_result('Future is done!')

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
future = asyncio.Future()
asyncio.ensure_future(slow_operation(future))
loop.run_until_complete(future)
print(future.result())

# the second example: a done callback stops run_forever()
def got_result(future):
    print(future.result())
    loop.stop()

future = asyncio.Future()
asyncio.ensure_future(slow_operation(future))
future.add_done_callback(got_result)
print(repr(future).replace(__file__, "FILE"))
try:
    loop.run_forever()
finally:
    loop.close()
print(repr(future).replace(__file__, "FILE"))
