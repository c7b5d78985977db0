# done(), cancelled(), result() and exception() in every state of a task
import asyncio

async def ok():
    await asyncio.sleep(0.01)
    return 'value'

async def bad():
    await asyncio.sleep(0.01)
    raise ZeroDivisionError('nope')

async def slow():
    await asyncio.sleep(1)

def probe(label, t):
    parts = [label, 'done=%s' % t.done(), 'cancelled=%s' % t.cancelled()]
    for meth in ('result', 'exception'):
        try:
            parts.append(f'{meth}={getattr(t, meth)()!r}')
        except BaseException as e:
            parts.append(f'{meth}->{type(e).__name__}{e.args}')
    print(' '.join(parts))

async def main():
    tasks = {'ok': asyncio.create_task(ok()), 'bad': asyncio.create_task(bad()),
             'slow': asyncio.create_task(slow())}
    for k, t in tasks.items():
        probe('pending ' + k, t)
    await asyncio.sleep(0.02)
    tasks['slow'].cancel('msg')
    probe('cancelling slow', tasks['slow'])
    await asyncio.sleep(0)
    for k, t in tasks.items():
        probe('final ' + k, t)

asyncio.run(main())
