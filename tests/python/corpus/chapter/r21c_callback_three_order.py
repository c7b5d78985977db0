# Three callbacks on one task run in the order added; one removed.
import asyncio

def cb(label):
    def inner(task):
        print(f'cb {label}: {task.result()}')
    return inner

async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, result='ok'))
    a, b, c = cb('a'), cb('b'), cb('c')
    for f in (a, b, c, a):
        t.add_done_callback(f)
    print('removed', t.remove_done_callback(a))
    print('removed again', t.remove_done_callback(a))
    await t
    await asyncio.sleep(0)
    print('main done')

asyncio.run(main())
