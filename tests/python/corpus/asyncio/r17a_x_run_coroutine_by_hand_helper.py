# a test helper that runs a coroutine to completion by hand, as CPython's own tests do
import types

@types.coroutine
def suspend(tag):
    got = yield tag
    return got

def run_by_hand(coro, replies):
    trail = []
    value = None
    while True:
        try:
            tag = coro.send(value)
        except StopIteration as e:
            return trail, e.value
        trail.append(tag)
        value = replies.get(tag)

async def handshake():
    a = await suspend('hello')
    b = await suspend('auth')
    return a + b

print(run_by_hand(handshake(), {'hello': 1, 'auth': 41}))
print(run_by_hand(handshake(), {'hello': 2, 'auth': 3}))
