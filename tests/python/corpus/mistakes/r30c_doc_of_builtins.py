# No help() in the tutorial page, so reading the docstrings directly.
import asyncio
print(asyncio.sleep.__doc__)
print(len.__doc__)
print(asyncio.gather.__doc__.splitlines()[0])
print(str.split.__doc__.splitlines()[0])
