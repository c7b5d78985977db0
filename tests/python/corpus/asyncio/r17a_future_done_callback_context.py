# a done callback runs in the context given to add_done_callback, or the current one
import asyncio
import contextvars

who = contextvars.ContextVar('who', default='nobody')

def report(tag):
    return lambda f: print(tag, who.get(), f.result())

async def main():
    f = asyncio.get_running_loop().create_future()
    who.set('main')
    f.add_done_callback(report('plain'))
    ctx = contextvars.copy_context()
    ctx.run(who.set, 'copied')
    f.add_done_callback(report('given'), context=ctx)
    who.set('changed')
    f.set_result(5)
    await asyncio.sleep(0)

asyncio.run(main())
