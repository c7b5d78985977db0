# ContextVar tokens in tasks: reset in the same task works, reset from another task's context fails.
import asyncio, contextvars, re

var = contextvars.ContextVar('var', default='d')

async def setter():
    token = var.set('task value')
    print('in task:', var.get())
    var.reset(token)
    print('after reset:', var.get())
    return var.set('leaked token')

async def main():
    var.set('main')
    token = await asyncio.create_task(setter())
    print('main sees:', var.get())
    try:
        var.reset(token)
    except ValueError as e:
        print('ValueError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
    t2 = var.set('second')
    var.reset(t2)
    try:
        var.reset(t2)
    except RuntimeError as e:
        print('RuntimeError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
    print(var.get())

asyncio.run(main())
