import asyncio
import contextvars

user = contextvars.ContextVar("user")

async def show():
    print("user is", user.get("anonymous"))
    return user.get()

async def main():
    token = user.set("alice")
    print(await show())
    user.reset(token)
    try:
        await show()
    except LookupError as e:
        print(type(e).__name__, e.args[0] is user)
    user.reset("not a token")

asyncio.run(main())
