# asyncio.iscoroutinefunction and iscoroutine on various callables.
import asyncio
import functools

async def fetch(x):
    return x

def plain(x):
    return x

class Client:
    async def get(self):
        return 1
    def sync(self):
        return 2

checks = {
    'async def': fetch, 'plain def': plain, 'lambda': lambda: None,
    'async method': Client().get, 'sync method': Client().sync,
    'partial of async': functools.partial(fetch, 1),
}
for name, fn in checks.items():
    print(f'{name:18} {asyncio.iscoroutinefunction(fn)}')
c = fetch(1)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(fetch), asyncio.iscoroutine(asyncio.sleep(0).__await__()))
c.close()
