# TaskGroup.create_task with name= and context=; children see the context they were given.
import asyncio, contextvars

var = contextvars.ContextVar('var', default='unset')

async def child():
    t = asyncio.current_task()
    print(t.get_name(), var.get())
    var.set('changed by ' + t.get_name())

async def main():
    var.set('main')
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'private')
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(), name='plain')
        tg.create_task(child(), name='with-ctx', context=ctx)
        t = tg.create_task(child())
    print('unnamed:', t.get_name().startswith('Task-'))
    print('main still sees', var.get(), '; ctx holds', ctx[var])

asyncio.run(main())
