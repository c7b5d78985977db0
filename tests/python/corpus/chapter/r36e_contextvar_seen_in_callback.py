# gave each task a request id through a ContextVar and print it from the done callback too
import asyncio
import contextvars

request_id = contextvars.ContextVar('request_id', default='none')

async def worker(label):
    print(f'worker {label} sees id {request_id.get()}')
    await asyncio.sleep(0.05)
    return label.lower()

def print_it(task):
    print('print_it:', task.result(), 'with id', request_id.get())

async def do_something():
    tasks = []
    for n, label in enumerate('XYZ', 1):
        request_id.set(f'req-{n}')
        t = asyncio.create_task(worker(label))
        t.add_done_callback(print_it)
        tasks.append(t)
    request_id.set('main')
    await asyncio.gather(*tasks)
    print('do_something sees', request_id.get())

asyncio.run(do_something())
print('outside run:', request_id.get())
