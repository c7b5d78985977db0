# A failed task with a done callback is reported only after the callback ran; a held one at exit
import asyncio

async def fails(tag):
    raise ValueError(tag)

async def main():
    t = asyncio.create_task(fails('with callback'))
    t.add_done_callback(lambda f: print('callback ran, done =', f.done()))
    del t
    await asyncio.sleep(0)
    print('main after first step')
    await asyncio.sleep(0)
    print('main after second step')
    kept.append(asyncio.create_task(fails('kept')))
    await asyncio.sleep(0)
    print('main returns')

kept = []
asyncio.run(main())
print('after run')
