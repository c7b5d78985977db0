import asyncio, contextvars

who = contextvars.ContextVar('who', default='nobody')

def report(fut):
    print('callback sees', who.get(), fut.result())

async def main():
    f = asyncio.get_running_loop().create_future()
    who.set('main')
    f.add_done_callback(report)
    ctx = contextvars.copy_context()
    ctx.run(who.set, 'copied')
    f.add_done_callback(report, context=ctx)
    who.set('changed later')
    f.set_result(7)
    await asyncio.sleep(0)

asyncio.run(main())
