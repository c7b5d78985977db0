# ContextVar tokens: reset in the wrong context, twice, or with another variable's token
import asyncio
import contextvars
import re

a = contextvars.ContextVar("a", default=0)
b = contextvars.ContextVar("b")


async def child(token):
    try:
        a.reset(token)
    except ValueError as e:
        print("in task, ValueError:", re.sub(" at 0x[0-9a-f]+", "", str(e)))


async def main():
    token = a.set(5)
    print(token.var is a, token.old_value is contextvars.Token.MISSING)
    await asyncio.create_task(child(token))
    try:
        b.reset(token)
    except ValueError as e:
        print("ValueError:", re.sub(" at 0x[0-9a-f]+", "", str(e)))
    a.reset(token)
    print("a back to", a.get())
    try:
        a.reset(token)
    except RuntimeError as e:
        print("RuntimeError:", re.sub(" at 0x[0-9a-f]+", "", str(e)))
    try:
        b.get()
    except LookupError as e:
        print("LookupError for", e.args[0].name, b.get("fallback"))


asyncio.run(main())
