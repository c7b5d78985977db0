# Future.add_done_callback(context=...) runs the callback in the given context
import asyncio
import contextvars

v = contextvars.ContextVar('v', default='default')

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    ctx = contextvars.copy_context()
    ctx.run(v.set, 'in ctx')
    f.add_done_callback(lambda f: print('plain:', v.get()))
    f.add_done_callback(lambda f: print('with context:', v.get()), context=ctx)
    v.set('main changed')
    f.set_result(None)
    await asyncio.sleep(0)

asyncio.run(main())
