# Printing modules themselves: their reprs and __name__, as a learner checks what was imported
import asyncio, math, random, sys, time, json, itertools, functools, collections, os
import dataclasses, typing, string, datetime

for m in (asyncio, math, random, sys, time, json, itertools, functools, collections, os, dataclasses, typing, string, datetime):
    print(m.__name__, m)
print(type(asyncio), type(asyncio).__name__)
print(hasattr(sys, '__file__'), random.__file__.endswith('random.py'))
