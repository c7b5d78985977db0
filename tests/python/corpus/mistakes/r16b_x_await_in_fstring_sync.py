# await inside an f-string in a plain function
import asyncio

async def name():
    return "ada"

def label():
    return f"user: {await name()}"

print(label())
