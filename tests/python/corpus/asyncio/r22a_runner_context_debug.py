# Runner.run takes a context; Runner(debug=True) turns on the loop's debug mode.
import asyncio
import contextvars

level = contextvars.ContextVar('level', default=0)

async def show():
    level.set(level.get() + 1)
    return level.get(), asyncio.get_running_loop().get_debug()

ctx = contextvars.copy_context()
with asyncio.Runner(debug=True) as runner:
    print(runner.run(show(), context=ctx))
    print(runner.run(show(), context=ctx))
    print(runner.run(show()))
print('ctx holds', ctx[level])
with asyncio.Runner(debug=False) as runner:
    print(runner.run(show()))
