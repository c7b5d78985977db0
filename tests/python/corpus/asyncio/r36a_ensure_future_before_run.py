# ensure_future with loop= before the loop runs, and a done callback reading the result
import asyncio


async def compute():
    await asyncio.sleep(0.01)
    return 7


loop = asyncio.new_event_loop()
task = asyncio.ensure_future(compute(), loop=loop)
task.add_done_callback(lambda t: print("callback:", t.result()))
print(type(task).__name__, task.get_loop() is loop, task.done())
print("result:", loop.run_until_complete(task))
loop.close()
