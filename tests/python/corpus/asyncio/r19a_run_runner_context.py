# docs "Runner": run() with context=, the same loop across calls
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default=None)

async def show(tag):
    print(tag, request_id.get())
    request_id.set(tag)
    return asyncio.get_running_loop()

with asyncio.Runner() as runner:
    l1 = runner.run(show('first'))
    l2 = runner.run(show('second'))
    print("same loop:", l1 is l2 is runner.get_loop())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, 'from-ctx')
    runner.run(show('third'), context=ctx)
    print("ctx now holds:", ctx[request_id])
    runner.run(show('fourth'), context=ctx)
print("closed:", l1.is_closed())

runner = asyncio.Runner(loop_factory=asyncio.new_event_loop)
print(runner.run(asyncio.sleep(0.1, 'factory ok')))
runner.close()
runner.close()
try:
    runner.run(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
