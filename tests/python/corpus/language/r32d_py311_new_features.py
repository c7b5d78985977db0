# Trying features new in Python 3.11 from a "what's new" lesson: tomllib, Self, z format, atomic regex
import tomllib
import re
from typing import Self
from datetime import datetime, UTC
import operator
import string

cfg = tomllib.loads('''
title = "demo"
[server]
port = 8080
hosts = ["a", "b"]
started = 2024-01-02T03:04:05Z
''')
print(cfg)


class Builder:
    def __init__(self):
        self.parts = []

    def add(self, p) -> Self:
        self.parts.append(p)
        return self


print(Builder().add(1).add(2).parts, Builder.add.__annotations__)
print(f"{-0.0:z.1f}", f"{-0.0001:z.2f}", f"{-0.0:.1f}")
print(re.findall(r"a++b", "aaab ab b"), re.findall(r"(?>a+)b", "aab"), re.match(r"\d*+\d", "123"))
print(datetime(2024, 1, 1, tzinfo=UTC), datetime.fromisoformat("2024-01-02T03:04:05Z"))
print(operator.call(max, 3, 9), string.Template("$a and ${b}").get_identifiers())
print(string.Template("$a $$").is_valid())
tomllib.loads("x = ")
