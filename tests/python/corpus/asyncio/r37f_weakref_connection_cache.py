# A WeakValueDictionary cache of connection objects shared by async handlers
import asyncio
import weakref

class Connection:
    count = 0
    def __init__(self, host):
        Connection.count += 1
        self.host = host

_pool = weakref.WeakValueDictionary()

def get_conn(host):
    conn = _pool.get(host)
    if conn is None:
        conn = Connection(host)
        _pool[host] = conn
    return conn

async def handler(host):
    conn = get_conn(host)
    await asyncio.sleep(0.01)
    return conn.host

async def main():
    print(await asyncio.gather(handler("a"), handler("a"), handler("b")))
    print("made:", Connection.count, "alive:", sorted(_pool.keys()))
    keep = get_conn("c")
    print("made:", Connection.count, "alive:", sorted(_pool.keys()))
    ws = weakref.WeakSet([asyncio.current_task()])
    print("tasks in weakset:", len(ws))

asyncio.run(main())
