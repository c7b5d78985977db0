# Working with re flags as values: combining, printing, testing bits, and a pattern's flags
import re

flags = re.IGNORECASE | re.MULTILINE
print(flags)
print(repr(re.VERBOSE), re.I == re.IGNORECASE, int(re.M))
print(bool(flags & re.I), bool(flags & re.S))
print(re.I.name, re.I.value, type(re.I).__name__)
pat = re.compile(r"^ab", flags)
print(pat.flags & re.I != 0, pat.pattern, pat)
print(re.findall(r"^ab", "AB\nab\nxab", flags=flags))
print([f.name for f in (re.A, re.I, re.L, re.M, re.S, re.X)])
print(re.RegexFlag.DOTALL is re.S, isinstance(re.S, int))
