# The older style: new_event_loop and run_until_complete with gather.
import asyncio

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        await asyncio.sleep(0.01)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")
    return f

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    r = loop.run_until_complete(asyncio.gather(factorial("A", 2), factorial("B", 3), factorial("C", 4)))
    print(r)
finally:
    loop.close()
print(loop.is_closed())
