# Reading all of stdin at once, word counts per line, and input() after stdin is exhausted
import sys

text = sys.stdin.read()
lines = text.splitlines()
print(len(text), len(lines), repr(lines[-1]))
for i, line in enumerate(lines, 1):
    words = line.split()
    print(f"{i:>2}: {len(words)} words, longest={max(words, key=len) if words else '-'}")
print(sum(len(l.split()) for l in lines), text.count("the"))
print(input("more? "))
