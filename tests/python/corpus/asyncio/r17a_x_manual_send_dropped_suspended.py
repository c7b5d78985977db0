# a hand-driven coroutine dropped while suspended closes the generator it awaits
import types
import gc

@types.coroutine
def resource():
    try:
        yield 'acquired'
    finally:
        print('resource released')

async def user():
    try:
        await resource()
    finally:
        print('user finally')

c = user()
print(c.send(None))
del c
gc.collect()
print('after drop')
