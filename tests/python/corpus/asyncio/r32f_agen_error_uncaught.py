# An async generator raises mid-stream; the consumer's async for does not catch it
import asyncio

async def read_records(lines):
    for lineno, line in enumerate(lines, 1):
        await asyncio.sleep(0.001)
        name, age = line.split(",")
        yield name.strip(), int(age)

async def main():
    data = ["ann, 31", "bob, 27", "cy, twenty", "dee, 40"]
    async for name, age in read_records(data):
        print(f"{name} is {age}")

asyncio.run(main())
