# test_base_events: errors in a future's done callback, a task's callback method and a partial, as the default handler reports them
import asyncio, functools
def bad_cb(fut):
    raise RuntimeError(f'callback failed on {fut.result()}')
class Obj:
    def meth(self, f):
        1 / 0
async def job():
    return 'job'
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(bad_cb)
    f.set_result(7)
    await asyncio.sleep(0)
    t = asyncio.create_task(job(), name='J')
    t.add_done_callback(Obj().meth)
    await t
    await asyncio.sleep(0)
    loop.call_soon(functools.partial(bad_cb, f))
    await asyncio.sleep(0.05)
    print('main done')
asyncio.run(main())
