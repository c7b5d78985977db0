# contextlib: suppress, contextmanager and asynccontextmanager timing a block
import asyncio
import contextlib
import time

@contextlib.contextmanager
def section(name):
    print(f'>> {name}')
    try:
        yield name.upper()
    finally:
        print(f'<< {name}')

@contextlib.asynccontextmanager
async def timed(label):
    start = time.perf_counter()
    yield
    print(f'{label}: at least 0.1s = {time.perf_counter() - start >= 0.1}')

with section('setup') as s:
    print('inside', s)
with contextlib.suppress(KeyError, ValueError):
    int('x')
print('after suppress')

async def main():
    async with timed('sleep'):
        await asyncio.sleep(0.12)
    with section('fail'):
        raise RuntimeError('boom')

asyncio.run(main())
