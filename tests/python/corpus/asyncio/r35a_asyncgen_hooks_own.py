# sys.set_asyncgen_hooks: checks, a firstiter that passes the generator on to the loop's, a finalizer of one's own
import asyncio
import sys

for args, kwargs in [((1,), {}), ((None, 2), {}), ((), {'x': 1}), ((None, None, None), {}),
                     ((), {'finalizer': 3, 'firstiter': 4})]:
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print('TypeError:', e)
h = sys.get_asyncgen_hooks()
print(type(h).__name__, h, len(h), h[0], h.finalizer)

async def numbers(tag):
    try:
        for i in range(3):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print(tag, 'finally')

dropped = []

async def main():
    loop_first, loop_final = sys.get_asyncgen_hooks()
    print(loop_first.__name__, loop_final.__self__ is asyncio.get_running_loop())
    def first(agen):
        print('first iteration of', agen.__name__)
        loop_first(agen)
    sys.set_asyncgen_hooks(firstiter=first, finalizer=dropped.append)
    ag = numbers('kept')
    print('made, not yet iterated')
    print(await anext(ag))
    ag2 = numbers('dropped')
    print(await ag2.asend(None))
    del ag2
    print('dropped:', [g.__name__ for g in dropped])
    sys.set_asyncgen_hooks(loop_first, loop_final)
    await dropped.pop().aclose()
    print('hooks back:', sys.get_asyncgen_hooks().firstiter == loop_first)

asyncio.run(main())
print(sys.get_asyncgen_hooks())
