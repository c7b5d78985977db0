# a timing decorator without functools.wraps around an async function
import asyncio, inspect

def timed(fn):
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper

@timed
async def job(n):
    await asyncio.sleep(0.01)
    return n * 2

print(wrapper_name := job.__name__, inspect.iscoroutinefunction(job))
print(asyncio.run(job(4)))
total = job(3) + 1
print(total)
