import asyncio
from contextlib import ExitStack, AsyncExitStack, contextmanager, asynccontextmanager

@contextmanager
def res(name):
    print('open', name)
    try:
        yield name.upper()
    finally:
        print('close', name)

with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, 'callback', 1, sep='-')
    print('using', names)

class Swallow:
    def __enter__(self): return self
    def __exit__(self, *exc):
        print('swallow sees', exc[0].__name__ if exc[0] else None)
        return True

with ExitStack() as stack:
    stack.enter_context(Swallow())
    stack.enter_context(res('d'))
    raise KeyError('x')
print('after swallowed')

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise ValueError('first')
except ZeroDivisionError as e:
    print('got', repr(e), 'context', repr(e.__context__))

stack = ExitStack()
stack.enter_context(res('e'))
moved = stack.pop_all()
stack.close()
print('popped'); moved.close()
try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)

@asynccontextmanager
async def conn(n):
    print('connect', n)
    await asyncio.sleep(0.1)
    yield n
    print('disconnect', n)

async def main():
    async with AsyncExitStack() as st:
        got = [await st.enter_async_context(conn(i)) for i in range(2)]
        st.push_async_callback(asyncio.sleep, 0)
        st.callback(print, 'sync cb')
        print('got', got)

asyncio.run(main())
