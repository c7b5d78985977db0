# A regular expression with an unclosed group.
import re

print(re.findall(r"(\d+)", "a1b22"))
pattern = re.compile(r"(\d+")
print(pattern)
