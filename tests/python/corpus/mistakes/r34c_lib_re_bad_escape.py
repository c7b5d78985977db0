# Regex patterns with a bad escape and a nothing-to-repeat error
import re

for pattern in (r"\d+\.\d+", r"file\q", r"*.txt", r"[a-"):
    try:
        print(pattern, re.findall(pattern, "file 3.14 *.txt"))
    except re.error as e:
        print(pattern, "->", e, "| pos", e.pos)
re.sub(r"(\w+)", r"\2", "hello")
