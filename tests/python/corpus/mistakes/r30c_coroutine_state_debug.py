# Inspecting a coroutine that was created but never run.
import asyncio
import inspect

async def job(x):
    await asyncio.sleep(0)
    return x

c = job(5)
print(inspect.getcoroutinestate(c), inspect.iscoroutine(c), asyncio.iscoroutine(c))
print(c.cr_frame.f_locals, c.cr_running, c.cr_await, c.cr_code.co_name)
print(asyncio.run(c))
print(inspect.getcoroutinestate(c), c.cr_frame)
print(inspect.iscoroutinefunction(job), inspect.iscoroutinefunction(job(1)))
