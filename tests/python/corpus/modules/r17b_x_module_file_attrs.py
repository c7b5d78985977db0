# A learner inspects modules: __name__, __file__ where CPython has one, and the AttributeError where not
import asyncio, json, random, collections, os, math, sys, time, itertools

for m in (asyncio, json, random, collections, os, math):
    print(f'{m.__name__:<12} {m.__file__.split("/")[-1]:<40} {"package" if m.__file__.endswith("__init__.py") else "module"}')
for m in (sys, time, itertools):
    print(m.__name__, hasattr(m, '__file__'), m)
print(random, os, json)
print(time.__file__)
