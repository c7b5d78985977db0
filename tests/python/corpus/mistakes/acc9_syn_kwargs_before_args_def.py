# **kwargs before *args in a def.
import asyncio

def f(**kwargs, *args):
    return args, kwargs

print(f())
