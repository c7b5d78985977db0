# giving each worker its own request id with contextvars
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')

def print_it(task):
    print('callback sees', request_id.get(), 'result', task.result())

async def worker(rid):
    request_id.set(rid)
    await asyncio.sleep(0.01 * len(rid))
    return f'{rid}:{request_id.get()}'

async def main():
    request_id.set('main')
    tasks = [asyncio.create_task(worker(r)) for r in ('a', 'bb', 'ccc')]
    tasks[0].add_done_callback(print_it)
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, 'ctx')
    tasks[1].add_done_callback(print_it, context=ctx)
    print(await asyncio.gather(*tasks))
    print('main still', request_id.get(), 'ctx has', ctx[request_id])

asyncio.run(main())
