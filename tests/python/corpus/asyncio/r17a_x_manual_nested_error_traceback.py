# an error deep in nested coroutines driven by hand: the traceback lists every await
import types

@types.coroutine
def receive():
    data = yield 'ready'
    return data

async def parse():
    raw = await receive()
    return int(raw)

async def handle():
    value = await parse()
    return value * 2

c = handle()
print(c.send(None))
c.send('not a number')
