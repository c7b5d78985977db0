import asyncio, re

def handler(loop, ctx):
    print('message:', ctx['message'])
    for k in sorted(ctx):
        if k != 'message':
            print(' ', k, re.sub(r' at /\S+:\d+| at 0x[0-9a-f]+', '', repr(ctx[k])))

async def boom():
    raise OSError(5, 'I/O failed')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(boom(), name='boomer')
    await asyncio.sleep(0.01)
    del t
    import gc; gc.collect()
    await asyncio.sleep(0)
    print('end of main')

asyncio.run(main())
