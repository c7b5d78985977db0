# Driving a coroutine by hand with send(None) until StopIteration.
async def worker():
    print('worker running')
    return 42

coro = worker()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
try:
    coro.send(None)
except StopIteration as e:
    print('StopIteration value:', e.value)
try:
    coro.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
