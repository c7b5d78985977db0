import asyncio
from contextvars import ContextVar

user = ContextVar("user")
locale = ContextVar("locale", default="en")


async def render(name, loc=None):
    token = user.set(name)
    if loc:
        locale.set(loc)
    await asyncio.sleep(0.01)
    print(f"{user.get()} sees {locale.get()}")
    user.reset(token)
    print("after reset:", user.get("<nobody>"))


async def main():
    await asyncio.gather(render("alice", "fr"), render("bob"))
    print("main locale:", locale.get())
    try:
        print(user.get())
    except LookupError as e:
        print("no user in main:", type(e).__name__)


asyncio.run(main())
