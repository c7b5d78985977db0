# A small grep clone: pattern, -i, -n, -v and -c options applied to built-in lines
import argparse
import re

LINES = ["Hello world", "hello asyncio", "goodbye world", "HELLO again", "the end"]

p = argparse.ArgumentParser(prog="minigrep", description="Search lines for a pattern.")
p.add_argument("pattern")
p.add_argument("-i", "--ignore-case", action="store_true")
p.add_argument("-n", "--line-number", action="store_true")
p.add_argument("-v", "--invert-match", action="store_true")
p.add_argument("-c", "--count", action="store_true")

def grep(argv):
    a = p.parse_args(argv)
    rx = re.compile(a.pattern, re.IGNORECASE if a.ignore_case else 0)
    hits = [(i, s) for i, s in enumerate(LINES, 1) if bool(rx.search(s)) != a.invert_match]
    if a.count:
        print(len(hits))
        return
    for i, s in hits:
        print(f"{i}:{s}" if a.line_number else s)

for argv in (["hello"], ["-in", "hello"], ["-vc", "world"], ["-ni", "^h.*o$"]):
    print("$ minigrep", " ".join(argv))
    grep(argv)
grep(["-i"])
