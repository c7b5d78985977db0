# Driving a coroutine by hand: send, throw, close, and inspect's states
import inspect
import types

@types.coroutine
def pause(tag):
    got = yield tag
    return got

async def flow():
    try:
        a = await pause("first")
        b = await pause("second")
        return a + b
    except KeyError as e:
        return f"recovered {e}"

c = flow()
print(inspect.getcoroutinestate(c))
print(c.send(None))
print(inspect.getcoroutinestate(c))
print(c.send(10))
try:
    c.send(5)
except StopIteration as e:
    print("StopIteration value", e.value, inspect.getcoroutinestate(c))
d = flow()
d.send(None)
try:
    d.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
e = flow()
e.send(None)
e.close()
print(inspect.getcoroutinestate(e))
