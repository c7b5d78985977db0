# dir() of the library's modules lists CPython 3.11's public names (those casyncio lacks are refused when read)
import abc, bisect, calendar, collections, contextlib, copy, dataclasses, datetime, enum, fractions, functools, gc, heapq
import io, itertools, json, keyword, logging, math, operator, pprint, random, re, statistics, string, textwrap, threading
import time, timeit, traceback, types, typing, warnings, inspect, doctest, contextvars, atexit
mods = [abc, bisect, calendar, collections, contextlib, copy, dataclasses, datetime, enum, fractions, functools, gc, heapq,
        io, itertools, json, keyword, logging, math, operator, pprint, random, re, statistics, string, textwrap, threading,
        time, timeit, traceback, types, typing, warnings, inspect, doctest, contextvars, atexit]
for m in mods:
    names = [n for n in dir(m) if not n.startswith('_')]
    print(f'{m.__name__} ({len(names)}):', ' '.join(names))
