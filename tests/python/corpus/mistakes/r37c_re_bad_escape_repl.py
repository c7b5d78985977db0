# replacing tabs with a backslash-t marker in re.sub
import re

line = "a\tb\tc"
print(re.sub(r"\t", " | ", line))
print(re.sub(r"\t", "\\t", line))
print(re.sub(r"\t", "\\q", line))
