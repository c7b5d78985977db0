# Old style server loop: run_forever with tasks, stopped by loop.stop from call_later.
import asyncio

async def beat(name, period, log):
    while True:
        await asyncio.sleep(period)
        log.append(name)

loop = asyncio.new_event_loop()
log = []
tasks = [loop.create_task(beat("fast", 0.3, log)), loop.create_task(beat("slow", 0.5, log))]
loop.call_later(0.75, loop.stop)
loop.run_forever()
print("stopped; running?", loop.is_running())
print(log)
for t in tasks:
    t.cancel()
loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
print([t.cancelled() for t in tasks])
loop.close()
