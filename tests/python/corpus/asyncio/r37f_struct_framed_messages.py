# Length-prefixed binary frames with struct, parsed by an async reader fed in chunks from a queue
import asyncio
import struct

def frame(msg_type, payload):
    return struct.pack("!BH", msg_type, len(payload)) + payload

async def feeder(q, data, chunk):
    for i in range(0, len(data), chunk):
        await q.put(data[i:i + chunk])
        await asyncio.sleep(0)
    await q.put(b"")

async def reader(q):
    buf = b""
    while True:
        while len(buf) >= 3:
            kind, size = struct.unpack("!BH", buf[:3])
            if len(buf) < 3 + size:
                break
            yield kind, buf[3:3 + size]
            buf = buf[3 + size:]
        chunk = await q.get()
        if not chunk:
            return
        buf += chunk

async def main():
    data = frame(1, b"hello") + frame(2, "h\u00e9".encode()) + frame(7, b"") + frame(1, b"x" * 10)
    print(len(data), data[:8])
    q = asyncio.Queue()
    asyncio.create_task(feeder(q, data, 4))
    async for kind, payload in reader(q):
        print(kind, payload, struct.calcsize("!BH"))

asyncio.run(main())
