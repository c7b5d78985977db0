import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")


def log(msg):
    print(f"[{request_id.get()}] {msg}")


async def db_query(sql):
    await asyncio.sleep(0.01)
    log(f"query: {sql}")


async def handle(rid, path):
    request_id.set(rid)
    log(f"GET {path}")
    await db_query(f"select * from pages where path = '{path}'")
    log("200 OK")


async def main():
    log("server starting")
    await asyncio.gather(handle("req-1", "/"), handle("req-2", "/about"))
    log("server idle")


asyncio.run(main())
