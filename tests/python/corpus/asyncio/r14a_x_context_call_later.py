# test_context: call_later and call_at callbacks run in the context current when they were scheduled
import asyncio, contextvars

stage = contextvars.ContextVar('stage', default='none')

def report(tag):
    print(tag, stage.get())

async def scheduler(name):
    stage.set(name)
    loop = asyncio.get_running_loop()
    loop.call_later(0.02, report, 'later from ' + name)
    loop.call_at(loop.time() + 0.01, report, 'at from ' + name)

async def main():
    await asyncio.gather(scheduler('A'), scheduler('B'))
    stage.set('main')
    await asyncio.sleep(0.1)
    report('main finally')

asyncio.run(main())
