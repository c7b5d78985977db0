# asyncio.run and asyncio.Runner copy the context: main's changes stay in
# main; one Runner keeps its context from run to run, or takes the one given
import asyncio
import contextvars

count = contextvars.ContextVar('count', default=0)


async def bump(label):
    count.set(count.get() + 1)
    print(label, count.get())
    return count.get()


count.set(10)
asyncio.run(bump('asyncio.run'))
asyncio.run(bump('asyncio.run again'))
print('module:', count.get())
with asyncio.Runner() as runner:
    runner.run(bump('runner, first run'))
    runner.run(bump('runner, second run'))
    count.set(100)
    runner.run(bump('runner, third run'))
    own = contextvars.Context()
    runner.run(bump('runner, given context'), context=own)
    runner.run(bump('runner, given context again'), context=own)
    print('own context:', own[count])
print('module:', count.get())
loop = asyncio.new_event_loop()
task = loop.create_task(bump('task made before the loop ran'))
count.set(1000)
loop.run_until_complete(bump('run_until_complete'))
print(task.result(), count.get())
loop.close()
ctx = contextvars.copy_context()
print(ctx.run(asyncio.run, bump('asyncio.run inside ctx.run')), ctx[count], count.get())
