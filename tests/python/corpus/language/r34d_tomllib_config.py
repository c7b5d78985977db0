# Reading a TOML config from a string with tomllib (new in Python 3.11)
import tomllib

doc = """
title = "Async tutorial"
[server]
host = "localhost"
ports = [8000, 8001]
timeout = 2.5
debug = false
started = 2023-05-01T10:00:00

[[workers]]
name = "alpha"
delay = 0.1

[[workers]]
name = "beta"
delay = 0.25
"""
cfg = tomllib.loads(doc)
print(cfg["title"], cfg["server"]["ports"], cfg["server"]["timeout"])
print(cfg["server"]["started"], type(cfg["server"]["started"]).__name__)
for w in cfg["workers"]:
    print(f"{w['name']:>6}: {w['delay']:.2f}s")
print(sorted(cfg))
try:
    tomllib.loads("x = ")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)
print(tomllib.loads("n = 1.5", parse_float=str))
