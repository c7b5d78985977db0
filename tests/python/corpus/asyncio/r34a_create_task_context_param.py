# 3.11 lets create_task take context=: two tasks share one copied Context, a third gets its own
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anon")


async def step(label, new=None):
    if new is not None:
        user.set(new)
    await asyncio.sleep(0.01)
    print(f"{label}: user={user.get()}")


async def main():
    shared = contextvars.copy_context()
    t1 = asyncio.create_task(step("t1", "alice"), context=shared)
    await t1
    t2 = asyncio.create_task(step("t2"), context=shared)
    t3 = asyncio.create_task(step("t3"))
    await asyncio.gather(t2, t3)
    print("main sees", user.get())
    print("shared has", shared[user])
    print("items:", sorted((v.name, val) for v, val in shared.items()))


asyncio.run(main())
