# A starred expression as a dict value.
import asyncio

rest = [2, 3]
d = {"a": *rest}
print(d)
