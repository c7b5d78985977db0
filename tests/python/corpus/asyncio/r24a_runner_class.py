import asyncio
import contextvars

cv = contextvars.ContextVar("cv", default=0)

async def bump():
    cv.set(cv.get() + 1)
    return cv.get()

with asyncio.Runner() as runner:
    print(runner.run(bump()))
    print(runner.run(bump()))
    loop = runner.get_loop()
    print("loop running:", loop.is_running(), "closed:", loop.is_closed())
print("closed after with:", loop.is_closed())
try:
    runner.run(bump())
except RuntimeError as e:
    print("RuntimeError:", e)
r = asyncio.Runner()
print(r.run(bump()))
r.close()
r.close()
r.run(bump())
