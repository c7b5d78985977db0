# Unit-test style: feed bytes into an asyncio.StreamReader and parse lines without a network
import asyncio

async def parse_headers(reader):
    headers = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        key, _, value = line.decode().partition(":")
        headers[key.strip().lower()] = value.strip()
    return headers

async def main():
    reader = asyncio.StreamReader()
    reader.feed_data(b"Host: example.com\r\nContent-Length: 5\r\n\r\nhello")
    reader.feed_eof()
    headers = await parse_headers(reader)
    print(headers)
    body = await reader.readexactly(int(headers["content-length"]))
    print(body, reader.at_eof())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)

asyncio.run(main())
