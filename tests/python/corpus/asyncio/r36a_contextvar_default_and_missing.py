# ContextVar.get with and without defaults, inside tasks and a copied context
import asyncio
import contextvars

no_default = contextvars.ContextVar("no_default")
with_default = contextvars.ContextVar("with_default", default=10)


async def peek():
    return (no_default.get("fallback"), with_default.get(), with_default.get(99))


async def main():
    print(await asyncio.create_task(peek()))
    no_default.set("set in main")
    with_default.set(20)
    print(await asyncio.create_task(peek()))
    empty = contextvars.Context()
    print(empty.run(lambda: with_default.get()), no_default in empty, len(empty))
    ctx = contextvars.copy_context()
    print(ctx[no_default], sorted(v.name for v in ctx.keys() if v.name.endswith("default")))
    await asyncio.create_task(peek(), context=contextvars.Context())
    try:
        empty.run(no_default.get)
    except LookupError as e:
        print("LookupError:", e.args[0].name)
    with_default.set()


asyncio.run(main())
