# subclasses of Task and Future without and with __init__, one whose __init__ fails, and their states
import asyncio
class T(asyncio.Task): pass
class F(asyncio.Future):
    pass
class G(F):
    def __init__(self, *, loop=None):
        self.early = 1
        super().__init__(loop=loop)
class Bad(asyncio.Task):
    def __init__(self, coro):
        raise RuntimeError('nope')
async def w(x):
    await asyncio.sleep(0)
    return x
async def main():
    t = T(w(1))
    f, g = F(), G()
    f.set_result('f'); g.set_exception(KeyError('k'))
    print(await t, await f, repr(t).split(' coro=')[0], f)
    try:
        await g
    except KeyError as e:
        print('key', e, g.early, g.exception())
    try:
        Bad(w(2))
    except RuntimeError as e:
        print(e)
    print(await asyncio.gather(T(w(3)), F.__mro__[1]().__class__.__name__ and w(4)))
    try:
        T(5)
    except TypeError as e:
        print(e)
    h = F()
    h.cancel('why')
    try:
        await h
    except asyncio.CancelledError as e:
        print('cancelled', e.args, h)
    F().set_exception(ValueError('lost'))
loop = asyncio.new_event_loop()
early = F(loop=loop)
print(early)
loop.call_soon(early.set_result, 'early')
print(loop.run_until_complete(early))
loop.run_until_complete(main())
loop.close()
