# The main task's repr shows run_until_complete's callback, as CPython's (its library path Debian's)
import asyncio

async def child(n):
    await asyncio.sleep(0.1 * n)
    return n

async def main():
    me = asyncio.current_task()
    print(repr(me).replace(__file__, 'FILE'))
    tasks = [asyncio.create_task(child(n), name=f'child-{n}') for n in (1, 2)]
    await asyncio.sleep(0)
    for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        print(t.get_name(), repr(t).replace(__file__, 'FILE'))
    me.add_done_callback(lambda t: print('main done'))
    print(repr(me).replace(__file__, 'FILE'))
    return await asyncio.gather(*tasks)

print(asyncio.run(main()))
loop = asyncio.new_event_loop()
task = loop.create_task(child(1), name='lone')

async def watch():
    print(repr(task).replace(__file__, 'FILE'))

loop.create_task(watch())
print(loop.run_until_complete(task), repr(task).replace(__file__, 'FILE'))
loop.close()
