# Driving an async generator without a loop: asend(...).send(None) raises StopIteration with the value
async def accumulate():
    total = 0
    while True:
        x = yield total
        total += x


gen = accumulate()
for value in [None, 5, 10, 20]:
    awaitable = gen.asend(value)
    try:
        awaitable.send(None)
    except StopIteration as e:
        print("sent", value, "->", e.value)
try:
    gen.athrow(ValueError("stop")).send(None)
except ValueError as e:
    print("athrow raised", repr(e))
try:
    gen.asend(1).send(None)
except StopAsyncIteration:
    print("generator is finished")
