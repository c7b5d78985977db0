# a types.coroutine generator driven by hand: values it yields come out of send()
import types

@types.coroutine
def request(value):
    reply = yield ('need', value)
    return reply * 2

async def handler():
    a = await request(1)
    b = await request(a)
    return a + b

coro = handler()
print(coro.send(None))
print(coro.send(10))
try:
    coro.send(5)
except StopIteration as e:
    print('returned', e.value)
