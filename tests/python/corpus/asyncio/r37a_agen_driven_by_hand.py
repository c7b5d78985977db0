# Driving an async generator without an event loop: asend(None).send(None) raises StopIteration with the value
async def squares(n):
    for i in range(n):
        yield i * i


def run_step(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return stop.value
    except StopAsyncIteration:
        return "exhausted"
    raise AssertionError("it suspended")


g = squares(3)
print([run_step(g.__anext__()) for _ in range(4)])


async def total(agen):
    return sum([x async for x in agen])


c = total(squares(4))
try:
    c.send(None)
except StopIteration as stop:
    print("total without a loop:", stop.value)
g2 = squares(2)
print(run_step(g2.asend(None)))
print(run_step(g2.aclose()))
print(run_step(g2.__anext__()))
