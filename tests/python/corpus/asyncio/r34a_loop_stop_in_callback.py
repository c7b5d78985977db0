# Driving a loop by hand: run_forever stopped from a call_later callback, then leftover tasks
import asyncio


async def ticker(log):
    n = 0
    while True:
        await asyncio.sleep(0.1)
        n += 1
        log.append(n)


loop = asyncio.new_event_loop()
log = []
task = loop.create_task(ticker(log))
loop.call_later(0.15, loop.stop)
loop.run_forever()
print("stopped; ticks:", log, "running:", loop.is_running())
print("task done:", task.done())
task.cancel()
try:
    loop.run_until_complete(task)
except asyncio.CancelledError:
    print("task cancelled cleanly")
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
