import asyncio

HANDLERS = {}


def route(path, methods):
    def register(fn):
        for m in methods:
            HANDLERS[(m.upper(), path)] = fn
        return fn
    return register


@route("/users", methods=["get", "post"])
async def users():
    return ["ada"]


@route("/health", methods=None)
async def health():
    return "ok"


async def main():
    print(await HANDLERS[("GET", "/users")]())


asyncio.run(main())
