# A contextvar token used in another task's context: reset() refuses it.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")

async def login(name):
    token = user.set(name)
    await asyncio.sleep(0.01)
    print("logged in as", user.get())
    return token

async def main():
    token = await asyncio.create_task(login("alice"))
    print("main sees", user.get())
    print(token.var is user, token.old_value is contextvars.Token.MISSING)
    try:
        user.reset(token)
    except ValueError as e:
        print("ValueError, different Context:", "different Context" in str(e))
    t2 = user.set("bob")
    user.reset(t2)
    print("after reset:", user.get())
    try:
        user.reset(t2)
    except RuntimeError as e:
        print("RuntimeError, used once:", "used once" in str(e))

asyncio.run(main())
