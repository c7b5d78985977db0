import asyncio, contextvars

var = contextvars.ContextVar('var', default='default')

async def show(tag):
    print(tag, var.get())
    var.set(tag + '-changed')

async def main():
    var.set('main')
    ctx = contextvars.copy_context()
    await asyncio.create_task(show('t1'), context=ctx)
    await asyncio.create_task(show('t2'), context=ctx)
    print('main still', var.get(), 'ctx has', ctx[var])
    await asyncio.create_task(show('t3'))
    print('main after t3', var.get())

asyncio.run(main())
